import { createDataSource } from '../../ormconfig';
import { namedStatements } from './named-query';

// Building a DataSource opens no connection, so these need no database.
describe('namedStatements', () => {
  const url = 'postgres://tnet@127.0.0.1:5432/tnet';
  it.each([
    ['PostgreSQL by default', true, createDataSource({ databaseUrl: url })],
    ['PostgreSQL with prepared statements on', true, createDataSource({ databaseUrl: url, preparedStatements: true })],
    ['PostgreSQL with prepared statements off (PgBouncer)', false, createDataSource({ databaseUrl: url, preparedStatements: false })],
    ['embedded PGlite, which plans every statement anew', false, createDataSource({})],
  ])('on %s, names the hot-path statements: %s', (_, named, ds) => {
    expect(namedStatements(ds)).toBe(named);
  });
});
