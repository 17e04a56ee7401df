//! Plain SQL on both backends. Statements are written once with `?` placeholders; on
//! PostgreSQL they become `$1, $2, …`. Write portable SQL (no `?` inside string literals).

use sea_orm::{ConnectionTrait, DbBackend, DbErr, FromQueryResult, Statement, Value};

/// Builds a statement for the connection's backend.
pub fn statement(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = match backend {
        DbBackend::Postgres => numbered_placeholders(sql),
        _ => sql.to_string(),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

fn numbered_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut n = 0;
    for ch in sql.chars() {
        if ch == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(ch);
        }
    }
    out
}

/// Values for a statement: `values![a, b, c]`.
#[macro_export]
macro_rules! values {
    ($($v:expr),* $(,)?) => { vec![$($crate::Value::from($v)),*] };
}

/// Makes an enum with `as_str(self) -> &'static str` and `parse(&str) -> Option<Self>` a text
/// column: rows decode it from the stored text, and an unknown stored value is an error (logged
/// and answered as a server error), never a guessed default; it binds as its text.
#[macro_export]
macro_rules! text_column {
    ($ty:ty) => {
        impl $crate::sea_orm::TryGetable for $ty {
            fn try_get_by<I: $crate::sea_orm::ColIdx>(
                res: &$crate::sea_orm::QueryResult,
                index: I,
            ) -> Result<Self, $crate::sea_orm::TryGetError> {
                let raw = <String as $crate::sea_orm::TryGetable>::try_get_by(res, index)?;
                <$ty>::parse(&raw).ok_or_else(|| {
                    $crate::sea_orm::TryGetError::DbErr($crate::sea_orm::DbErr::Type(format!(
                        "unknown {} stored: {raw:?}",
                        stringify!($ty)
                    )))
                })
            }
        }

        impl From<$ty> for $crate::sea_orm::Value {
            fn from(value: $ty) -> Self {
                value.as_str().into()
            }
        }
    };
}

pub async fn all<T: FromQueryResult>(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<T>, DbErr> {
    let rows = conn.query_all_raw(statement(conn.get_database_backend(), sql, values)).await?;
    rows.iter().map(|row| T::from_query_result(row, "")).collect()
}

pub async fn one<T: FromQueryResult>(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Option<T>, DbErr> {
    let row = conn.query_one_raw(statement(conn.get_database_backend(), sql, values)).await?;
    row.map(|row| T::from_query_result(&row, "")).transpose()
}

/// The ids of one page and how many rows all pages hold, from one query selecting
/// `id, COUNT(*) OVER () AS total_rows`: for filters costly enough (a full-text match) that
/// running them twice, for the count and for the page, would double the work. Only ids pass
/// through the window (whole rows would be copied for every match); the caller reads the
/// page's rows by id. The total is `None` when the page is empty (past the end, or no match).
pub async fn page_of_ids(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<(Option<i64>, Vec<i64>), DbErr> {
    let rows = conn.query_all_raw(statement(conn.get_database_backend(), sql, values)).await?;
    let total = rows.first().map(|row| row.try_get::<i64>("", "total_rows")).transpose()?;
    let ids = rows.iter().map(|row| row.try_get::<i64>("", "id")).collect::<Result<_, _>>()?;
    Ok((total, ids))
}

/// Puts rows fetched with `id IN (…)` back in the order of `ids`.
pub fn in_order<T>(ids: &[i64], mut rows: Vec<T>, id_of: impl Fn(&T) -> i64) -> Vec<T> {
    rows.sort_by_key(|row| ids.iter().position(|id| *id == id_of(row)).unwrap_or(usize::MAX));
    rows
}

/// Matching points grouped for a map by country network and 2° cell: how many, and where on
/// average. Each capability writes the `FROM … WHERE …` over its own table, which has
/// `network_country`, `latitude_e6` and `longitude_e6` columns; the grouping is the same
/// for every layer of the map.
#[derive(Debug, Clone, FromQueryResult)]
pub struct MapCluster {
    pub network_country: String,
    pub n: i64,
    pub latitude_e6: i64,
    pub longitude_e6: i64,
}

pub async fn map_clusters(
    conn: &impl ConnectionTrait,
    from_where: &str,
    values: Vec<Value>,
) -> Result<Vec<MapCluster>, DbErr> {
    let sql = format!(
        "SELECT network_country, COUNT(*) AS n, CAST(AVG(latitude_e6) AS BIGINT) AS latitude_e6, \
         CAST(AVG(longitude_e6) AS BIGINT) AS longitude_e6{from_where} \
         AND latitude_e6 IS NOT NULL AND longitude_e6 IS NOT NULL \
         GROUP BY network_country, latitude_e6 / 2000000, longitude_e6 / 2000000 ORDER BY network_country"
    );
    all(conn, &sql, values).await
}

/// The first column of the first row, such as a `COUNT(*)`.
pub async fn scalar<T: sea_orm::TryGetable>(
    conn: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Option<T>, DbErr> {
    let row = conn.query_one_raw(statement(conn.get_database_backend(), sql, values)).await?;
    row.map(|row| row.try_get_by_index::<T>(0)).transpose()
}

/// Runs a statement and returns the number of rows it changed.
pub async fn exec(conn: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Result<u64, DbErr> {
    let result = conn.execute_raw(statement(conn.get_database_backend(), sql, values)).await?;
    Ok(result.rows_affected())
}

/// Runs an `INSERT … RETURNING id` and returns the new id.
pub async fn insert_id(conn: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Result<i64, DbErr> {
    scalar::<i64>(conn, sql, values).await?.ok_or_else(|| DbErr::RecordNotInserted)
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_are_numbered_for_postgres() {
        assert_eq!(
            super::numbered_placeholders("SELECT a FROM t WHERE b = ? AND c IN (?, ?)"),
            "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)"
        );
    }
}

#[derive(Debug, Clone, FromQueryResult)]
struct IdName {
    id: i64,
    name: String,
}

/// `(id, name)` of the rows among `ids`, by a query the owning crate writes with `{ids}` where
/// the list of ids goes: `SELECT id, title AS name FROM <its table> WHERE id IN ({ids})`.
pub async fn names_by_id(
    conn: &impl ConnectionTrait,
    sql: &str,
    ids: &[i64],
) -> Result<Vec<(i64, String)>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = sql.replace("{ids}", &vec!["?"; ids.len()].join(", "));
    let rows: Vec<IdName> = all(conn, &sql, ids.iter().map(|id| Value::from(*id)).collect()).await?;
    Ok(rows.into_iter().map(|r| (r.id, r.name)).collect())
}
