/**
 * Small French word lists for generated instances: names that read like a real convention, so
 * that a generated grid or invitation can be shown to an organizer without looking synthetic.
 */

/** Given names with the grammatical gender used to agree the expert's role. */
export const GIVEN_NAMES: readonly [string, 'f' | 'm'][] = [
  ['Hélène', 'f'], ['Sophie', 'f'], ['Camille', 'f'], ['Léa', 'f'], ['Manon', 'f'], ['Inès', 'f'],
  ['Clara', 'f'], ['Margaux', 'f'], ['Élodie', 'f'], ['Nolwenn', 'f'], ['Aurélie', 'f'], ['Isabelle', 'f'],
  ['Martine', 'f'], ['Sylvie', 'f'], ['Yasmine', 'f'], ['Maëlle', 'f'], ['Anne', 'f'], ['Céline', 'f'],
  ['Awa', 'f'], ['Fatima', 'f'], ['Chloé', 'f'], ['Nathalie', 'f'], ['Gwenaëlle', 'f'], ['Zoé', 'f'],
  ['Antoine', 'm'], ['Thomas', 'm'], ['Lucas', 'm'], ['Karim', 'm'], ['Patrick', 'm'], ['Arthur', 'm'],
  ['Loïc', 'm'], ['Philippe', 'm'], ['Julien', 'm'], ['Youssef', 'm'], ['Pierre', 'm'], ['Erwan', 'm'],
  ['François', 'm'], ['Romain', 'm'], ['Maxime', 'm'], ['Louis', 'm'], ['Olivier', 'm'], ['Quentin', 'm'],
  ['Mamadou', 'm'], ['Baptiste', 'm'], ['Damien', 'm'], ['Christophe', 'm'], ['Jean', 'm'], ['Hugo', 'm'],
];

export const FAMILY_NAMES: readonly string[] = [
  'Martin', 'Bernard', 'Moreau', 'Laurent', 'Lambert', 'Bonnet', 'Barbier', 'Pichon', 'Royer', 'Brunet',
  'Fournier', 'Girard', 'Morel', 'Marchand', 'Le Floch', 'Le Goff', 'Le Roux', 'Le Bihan', 'Jaouen', 'Guillou',
  'Colin', 'Rivière', 'Gautier', 'Meunier', 'Chevalier', 'François', 'Martinez', 'Ferreira', 'Traoré', 'Diallo',
  'Benali', 'Simon', 'Robert', 'Petit', 'Leroy', 'Blanchard', 'Vincent', 'Renaud', 'Lemoine', 'Tessier',
];

export const THEMES: readonly string[] = [
  'santé', 'logement', 'mobilité', 'environnement', 'emploi', 'solidarité', 'jeunesse', 'aînés',
  'éducation', 'culture', 'sport', 'numérique', 'alimentation', 'commerce', 'économie locale', 'démocratie',
];

/** Organizations an expert of a theme may come from; same order as THEMES. */
export const ORGANIZATIONS: Readonly<Record<string, readonly string[]>> = {
  santé: ['ARS Pays de la Loire', 'CHU de Nantes', 'Maison de santé de Bellevue', 'Médecins du Monde Nantes'],
  logement: ["Direction de l'habitat, Nantes Métropole", 'ADIL 44', 'Nantes Métropole Habitat', 'Fondation Abbé Pierre, Pays de la Loire'],
  mobilité: ['Semitan', 'SNCF Voyageurs Pays de la Loire', 'Direction des mobilités, Nantes Métropole', 'Place au vélo Nantes'],
  environnement: ["Direction de l'environnement, Nantes Métropole", 'Air Pays de la Loire', 'Bretagne Vivante', 'Université de Nantes, laboratoire LETG'],
  emploi: ['Pôle emploi Nantes Centre', "Maison de l'emploi de la Métropole nantaise", "Direction de l'emploi, Nantes Métropole"],
  solidarité: ['CCAS de Nantes', 'Restos du Cœur 44', 'Secours populaire de Loire-Atlantique', 'Banque alimentaire de Loire-Atlantique'],
  jeunesse: ['Conseil nantais de la jeunesse', 'Mission locale Nantes Métropole', 'Direction jeunesse, Ville de Nantes', 'Léo Lagrange Ouest'],
  aînés: ["CLIC Nantes Entour'âge", 'Petits Frères des Pauvres Nantes', 'ORPAN, Office des retraités de Nantes', 'CHU de Nantes, gériatrie'],
  éducation: ["Direction de l'éducation, Ville de Nantes", 'Nantes Université, IUT', 'École de design Nantes Atlantique'],
  culture: ['Direction de la culture, Ville de Nantes', 'Stereolux', 'Le Voyage à Nantes', 'Bibliothèque municipale de Nantes'],
  sport: ['Direction des sports, Ville de Nantes', 'UFOLEP 44', 'Comité départemental olympique 44', 'Nantes Université, STAPS'],
  numérique: ['Direction du numérique, Nantes Métropole', 'Emmaüs Connect Nantes'],
  alimentation: ['Projet alimentaire territorial, Nantes Métropole', "Chambre d'agriculture des Pays de la Loire", 'INRAE Pays de la Loire'],
  commerce: ['Direction du commerce, Nantes Métropole', 'CCI Nantes St-Nazaire, commerce', 'Plein Centre, association des commerçants', 'Marchés de Nantes'],
  'économie locale': ['Nantes Saint-Nazaire Développement', 'Les Écossolies', "Chambre de métiers et de l'artisanat 44"],
  démocratie: ['Conseil de développement de Nantes Métropole', 'Institut de la concertation', 'Sciences Po Rennes, campus de Caen'],
};

/** Roles as [masculine, feminine], agreed with the expert's given name. */
export const ROLES: readonly [string, string][] = [
  ['directeur', 'directrice'],
  ['chef de projet', 'cheffe de projet'],
  ['chargé de mission', 'chargée de mission'],
  ['coordinateur', 'coordinatrice'],
  ['responsable de service', 'responsable de service'],
  ['chercheur', 'chercheuse'],
];

/** "Groupe Santé" from "santé". */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
