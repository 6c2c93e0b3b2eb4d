/**
 * On SQLite, TypeORM has one connection, and a read sent on it while a write transaction is open
 * there sees that transaction's half-done work (a version whose meetings were deleted and not yet
 * written back: seen in CI). Reads get a second connection of their own: in WAL mode it sees only
 * committed data, and never waits for the writer. It never writes (`query_only`). PostgreSQL's
 * pool already gives every query committed data: reads share it.
 */
import { DataSource } from 'typeorm';

export async function openReadConnection(writer: DataSource): Promise<DataSource> {
  if (writer.options.type !== 'sqlite') return writer;
  const reader = await new DataSource({ ...writer.options, migrationsRun: false, synchronize: false }).initialize();
  await reader.query('PRAGMA query_only = ON');
  return reader;
}
