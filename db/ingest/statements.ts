import type Database from "better-sqlite3";
import { getTableColumns, getTableName, type Table } from "drizzle-orm";

type Statement = Database.Statement<unknown[]>;

// Writers run thousands of small statements per batch: each is prepared once per connection.
const prepared = new WeakMap<Database.Database, Map<string, Statement>>();

/** The statement for `sql` on this connection, prepared on first use and reused after. */
export function cachedStatement(sqlite: Database.Database, sql: string): Statement {
  let statements = prepared.get(sqlite);
  if (!statements) {
    statements = new Map();
    prepared.set(sqlite, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

type Columns = Record<string, { name: string; mapToDriverValue(value: unknown): unknown }>;
const columnsOf = new WeakMap<Table, Columns>();

function tableColumns(table: Table): Columns {
  let columns = columnsOf.get(table);
  if (!columns) {
    columns = getTableColumns(table) as Columns;
    columnsOf.set(table, columns);
  }
  return columns;
}

/** The row's values as the driver takes them (drizzle's own column mapping), in `keys` order. */
function driverValues(table: Table, keys: string[], row: Record<string, unknown>): unknown[] {
  const columns = tableColumns(table);
  return keys.map((key) => {
    const value = row[key];
    return value === undefined || value === null ? null : columns[key]!.mapToDriverValue(value);
  });
}

function columnNames(table: Table, keys: string[]): string[] {
  const columns = tableColumns(table);
  return keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column for "${key}"`);
    return `"${column.name}"`;
  });
}

// The SQL of a write by table, kind and row shape (its keys): built once, not per row.
const sqlOf = new WeakMap<Table, Map<string, string>>();

function writeSql(table: Table, shape: string, build: () => string): string {
  let byShape = sqlOf.get(table);
  if (!byShape) {
    byShape = new Map();
    sqlOf.set(table, byShape);
  }
  let sql = byShape.get(shape);
  if (sql === undefined) {
    sql = build();
    byShape.set(shape, sql);
  }
  return sql;
}

/** Inserts one row of a drizzle table (its properties by schema name) with a per-connection prepared statement. */
export function insertRow(sqlite: Database.Database, table: Table, row: Record<string, unknown>, onConflict = ""): Database.RunResult {
  const keys = Object.keys(row);
  const sql = writeSql(table, `insert\u0000${keys.join(",")}\u0000${onConflict}`, () => `insert into "${getTableName(table)}" (${columnNames(table, keys).join(", ")}) values (${keys.map(() => "?").join(", ")})${onConflict}`);
  return cachedStatement(sqlite, sql).run(driverValues(table, keys, row));
}

/** Updates the given properties of one row, found by its integer `id`. */
export function updateRowById(sqlite: Database.Database, table: Table, id: number, row: Record<string, unknown>): Database.RunResult {
  const keys = Object.keys(row);
  const sql = writeSql(table, `update\u0000${keys.join(",")}`, () => `update "${getTableName(table)}" set ${columnNames(table, keys).map((name) => `${name} = ?`).join(", ")} where "id" = ?`);
  return cachedStatement(sqlite, sql).run([...driverValues(table, keys, row), id]);
}
