import type { InstanceFile } from '../../engine';

/**
 * What an event is made of, stored as one document beside its own fields: the lists of the
 * exchange format exactly as organizers wrote them (ids, order and extra fields kept), so that an
 * edit writes one row and the person ids of personal links never change.
 */
export type EventSetup = Required<Pick<InstanceFile, 'rounds' | 'tables' | 'experts' | 'groups' | 'pins' | 'forbidden'>>;
