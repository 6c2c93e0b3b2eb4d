/**
 * On SQLite, TypeORM has one connection, and a read sent on it while a write transaction is open
 * there sees that transaction's half-done work (a version whose meetings were deleted and not yet
 * written back: seen in CI). Reads get connections of their own: in WAL mode they see only
 * committed data, and never wait for the writer. They never write (`query_only`). PostgreSQL's
 * pool already gives every query committed data: reads share it.
 */
import { DataSource } from 'typeorm';

export async function openReadConnection(writer: DataSource): Promise<DataSource> {
  if (writer.options.type !== 'sqlite') return writer;
  const reader = await new DataSource({ ...writer.options, migrationsRun: false, synchronize: false }).initialize();
  await reader.query('PRAGMA query_only = ON');
  return reader;
}
