//! How the comparison's rows are shown: filtered (all / only changes / only shared / only
//! differences), sectioned by how many columns need each skill or listed A to Z, and with skill
//! variants grouped under their base. The views render these sections as they are.

use crate::engine::compare::{Change, Comparison, Row, Sharing};
use crate::framework::Framework;

/// Which rows to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RowFilter {
    /// Every skill any column needs.
    #[default]
    All,
    /// Skills whose level goes up or down between neighbouring columns.
    Changes,
    /// Skills every column needs.
    Shared,
    /// Skills some columns need and others do not.
    Differences,
}

impl RowFilter {
    pub const ALL: [RowFilter; 4] = [
        RowFilter::All,
        RowFilter::Changes,
        RowFilter::Shared,
        RowFilter::Differences,
    ];

    /// The name used in links: "changes"; `All` is the default and has none.
    pub fn key(self) -> &'static str {
        match self {
            RowFilter::All => "all",
            RowFilter::Changes => "changes",
            RowFilter::Shared => "shared",
            RowFilter::Differences => "differences",
        }
    }

    pub fn from_key(key: &str) -> Option<RowFilter> {
        RowFilter::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The label a person reads.
    pub fn label(self) -> &'static str {
        match self {
            RowFilter::All => "All skills",
            RowFilter::Changes => "Only changes of level",
            RowFilter::Shared => "Only skills every column needs",
            RowFilter::Differences => "Only skills some columns need and others do not",
        }
    }

    pub fn keeps(self, row: &Row) -> bool {
        match self {
            RowFilter::All => true,
            RowFilter::Changes => row
                .changes
                .iter()
                .any(|c| matches!(c, Change::Up { .. } | Change::Down { .. })),
            RowFilter::Shared => row.sharing == Sharing::All,
            RowFilter::Differences => row.sharing != Sharing::All,
        }
    }
}

/// In what order rows are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RowOrder {
    /// In sections: needed by all columns, by some, by one only.
    #[default]
    BySharing,
    /// One list, A to Z.
    ByName,
}

impl RowOrder {
    pub fn key(self) -> &'static str {
        match self {
            RowOrder::BySharing => "sharing",
            RowOrder::ByName => "name",
        }
    }

    pub fn from_key(key: &str) -> Option<RowOrder> {
        [RowOrder::BySharing, RowOrder::ByName]
            .into_iter()
            .find(|o| o.key() == key)
    }
}

/// How the user chose to see the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewOptions {
    pub filter: RowFilter,
    pub order: RowOrder,
    /// List variants ("Agile working (content design)") right under their base skill, indented.
    pub group_variants: bool,
}

impl Default for ViewOptions {
    fn default() -> Self {
        ViewOptions {
            filter: RowFilter::All,
            order: RowOrder::BySharing,
            group_variants: true,
        }
    }
}

/// One line of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A heading for variants whose base skill is not itself a row here (e.g. "Programming and build").
    Group { name: String },
    /// The comparison's row at this index; `variant` rows are indented under their group.
    Row { index: usize, variant: bool },
}

/// A titled run of rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub entries: Vec<Entry>,
}

impl Section {
    pub fn row_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e, Entry::Row { .. }))
            .count()
    }
}

/// How many rows each filter keeps, for labelling the filter choices.
pub fn filter_counts(cmp: &Comparison) -> [(RowFilter, usize); 4] {
    RowFilter::ALL.map(|f| (f, cmp.rows.iter().filter(|r| f.keeps(r)).count()))
}

/// The rows to show, in sections, in order.
pub fn arrange(fw: &Framework, cmp: &Comparison, options: ViewOptions) -> Vec<Section> {
    let columns = cmp.columns.len();
    let kept: Vec<usize> = (0..cmp.rows.len())
        .filter(|&i| options.filter.keeps(&cmp.rows[i]))
        .collect();
    let sections: Vec<(String, Vec<usize>)> = match options.order {
        RowOrder::ByName => vec![("All skills, A to Z".to_string(), kept)],
        RowOrder::BySharing if columns <= 1 => vec![("Skills".to_string(), kept)],
        RowOrder::BySharing => {
            let pick = |want: fn(Sharing) -> bool| {
                kept.iter()
                    .copied()
                    .filter(|&i| want(cmp.rows[i].sharing))
                    .collect()
            };
            vec![
                (
                    format!("Needed by all {columns} role levels"),
                    pick(|s| s == Sharing::All),
                ),
                (
                    "Needed by some of the role levels".to_string(),
                    pick(|s| matches!(s, Sharing::Some(_))),
                ),
                (
                    "Needed by one role level only".to_string(),
                    pick(|s| s == Sharing::One),
                ),
            ]
        }
    };
    sections
        .into_iter()
        .filter(|(_, rows)| !rows.is_empty())
        .map(|(title, rows)| Section {
            title,
            entries: entries(fw, cmp, rows, options.group_variants),
        })
        .collect()
}

fn entries(
    fw: &Framework,
    cmp: &Comparison,
    mut rows: Vec<usize>,
    group_variants: bool,
) -> Vec<Entry> {
    let skill = |i: usize| fw.skill(&cmp.rows[i].skill);
    if !group_variants {
        rows.sort_by_cached_key(|&i| skill(i).map(|s| s.name.to_lowercase()));
        return rows
            .into_iter()
            .map(|index| Entry::Row {
                index,
                variant: false,
            })
            .collect();
    }
    // `compare` already lists rows by base name, base before its variants, and `rows` keeps that order.
    let mut out = Vec::new();
    let mut previous_group: Option<String> = None;
    for index in rows {
        let Some(s) = skill(index) else { continue };
        let group = s.group_id().to_string();
        let variant = s.variant_of.is_some();
        let group_has_row = previous_group.as_deref() == Some(group.as_str());
        if variant && !group_has_row {
            out.push(Entry::Group {
                name: s.group_name().to_string(),
            });
        }
        out.push(Entry::Row { index, variant });
        previous_group = Some(group);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_keys_round_trip() {
        for f in RowFilter::ALL {
            assert_eq!(RowFilter::from_key(f.key()), Some(f));
        }
        assert_eq!(RowFilter::from_key("nonsense"), None);
        assert_eq!(RowOrder::from_key("name"), Some(RowOrder::ByName));
    }
}
