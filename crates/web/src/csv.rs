//! The one CSV writer every download uses: UTF-8 with a byte-order mark (so spreadsheets read
//! Thai, Chinese or Hindi right), RFC 4180 quoting by the `csv` crate, and no cell that a
//! spreadsheet would run as a formula.

use crate::error::AppError;
use std::borrow::Cow;

/// A cell as written: one that a spreadsheet would take for a formula (it begins with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, the OWASP rule. Plain
/// numbers, negative ones included (southern latitudes), are left as they are.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// A whole CSV file: the header row, then each row.
pub fn to_bytes<R, C>(header: &[&str], rows: impl IntoIterator<Item = R>) -> Result<Vec<u8>, AppError>
where
    R: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let internal = |e: csv::Error| AppError::Internal(format!("csv: {e}"));
    let mut w =
        csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(header.iter().map(|h| neutralise(h).into_owned())).map_err(internal)?;
    for row in rows {
        w.write_record(row.into_iter().map(|cell| neutralise(cell.as_ref()).into_owned()))
            .map_err(internal)?;
    }
    w.into_inner().map_err(|e| AppError::Internal(format!("csv: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        assert_eq!(neutralise("=HYPERLINK(\"http://evil\",\"x\")"), "'=HYPERLINK(\"http://evil\",\"x\")");
        for risky in ["+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "-", "=1"] {
            assert_eq!(neutralise(risky), format!("'{risky}"), "{risky:?}");
        }
        for kept in ["-6.2088", "-12", "106.8456", "0", "สหกรณ์", "a=b", "", "1-2"] {
            assert_eq!(neutralise(kept), kept, "{kept:?}");
        }
        assert_eq!(neutralise("-1."), "'-1.");
        assert_eq!(neutralise("-.5"), "'-.5");
    }

    #[test]
    fn files_have_a_bom_quoting_and_crlf() {
        let bytes = to_bytes(&["name", "note"], [vec!["a, b", "say \"hi\""], vec!["สหกรณ์", "=1+2"]]).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text, "\u{feff}name,note\r\n\"a, b\",\"say \"\"hi\"\"\"\r\nสหกรณ์,'=1+2\r\n");
    }
}
