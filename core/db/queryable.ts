import type { EntityManager } from 'typeorm';

/** What a statement function runs on: the DataSource, its manager, or a transaction's EntityManager. */
export type Queryable = Pick<EntityManager, 'query'>;
