//! CSV sources read with the `csv` crate: quoted fields may hold commas, quotes and newlines.

use std::path::Path;

/// Every record of a CSV file, its header first, fields as written (a UTF-8 byte-order mark dropped).
pub fn records(path: &Path) -> Result<Vec<Vec<String>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Like [`records`], from text.
pub fn parse(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .map(|r| r.map(|r| r.iter().map(str::to_string).collect()).map_err(|e| format!("malformed CSV: {e}")))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoted_fields_keep_their_commas_quotes_and_newlines() {
        let rows =
            super::parse("\u{feff}domain,note\nexample.com,\"fake, satire\"\n\"a.org\",\"say \"\"hi\"\"\nthen\"\n")
                .expect("parses");
        assert_eq!(
            rows,
            vec![
                vec!["domain".to_string(), "note".to_string()],
                vec!["example.com".to_string(), "fake, satire".to_string()],
                vec!["a.org".to_string(), "say \"hi\"\nthen".to_string()],
            ]
        );
    }
}
