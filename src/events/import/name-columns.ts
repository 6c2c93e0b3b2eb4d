/**
 * The columns a person's name may come in: one « nom complet » cell, or « prénom » and « nom »
 * (then « nom » is the surname), a civility column being ignored. Shared by experts and members.
 */
import type { ColumnSpec } from './columns';
import type { RowReader } from './columns';
import { joinName, withoutCivility } from './person-name';

export type NameField = 'firstName' | 'lastName' | 'civility';

export const NAME_COLUMNS: ColumnSpec<NameField>[] = [
  { field: 'firstName', label: { fr: 'prénom', en: 'first name' }, aliases: ['prénom', 'prenom', 'first name', 'firstname', 'given name', 'prénoms'] },
  {
    field: 'lastName',
    label: { fr: 'nom de famille', en: 'last name' },
    aliases: ['nom de famille', 'last name', 'lastname', 'surname', 'family name', 'nom de naissance'],
  },
  { field: 'civility', label: { fr: 'civilité', en: 'title' }, aliases: ['civilité', 'civilite', 'titre', 'title', 'civility', 'genre'] },
];

/**
 * The person's name on this row: « prénom » + « nom » (or « nom de famille ») when there is a
 * first-name column, else the name cell alone; civilities dropped either way.
 */
export function personName<F extends string>(row: RowReader<F | NameField>, nameField: F): string {
  if (row.has('firstName')) return joinName(row.text('firstName'), row.text('lastName') || row.text(nameField));
  return withoutCivility(row.text(nameField) || row.text('lastName'));
}

/** Where a missing name is reported: the name column, else the surname column. */
export function nameField<F extends string>(row: RowReader<F | NameField>, nameField: F): F | NameField {
  return row.has(nameField) ? nameField : 'lastName';
}
