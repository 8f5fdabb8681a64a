//! The network's regions, and which countries belong to each: the grouping donors report by.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    CentralAfrica,
    WestAfrica,
    LatinAmerica,
    Asia,
    Europe,
    Other,
}

// The network works in the regions below; neighbouring countries count with the region a
// partner there would be followed up from. East Africa and Western Asia (the Middle East) have
// no programme, so they are "Other" rather than stretched into a region they are not part of.

/// ECCAS, the Economic Community of Central African States (which includes Burundi and Rwanda).
const CENTRAL_AFRICA: &[&str] = &[
    "AO", "BI", "CD", "CF", "CG", "CM", "GA", "GQ", "RW", "ST", "TD",
];

/// The UN's Western Africa: ECOWAS members, Mauritania and Saint Helena.
const WEST_AFRICA: &[&str] = &[
    "BF", "BJ", "CI", "CV", "GH", "GM", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SH", "SL", "SN",
    "TG",
];

/// The UN's Latin America and the Caribbean.
const LATIN_AMERICA: &[&str] = &[
    "AG", "AI", "AR", "AW", "BB", "BL", "BO", "BQ", "BR", "BS", "BZ", "CL", "CO", "CR", "CU", "CW",
    "DM", "DO", "EC", "FK", "GD", "GF", "GP", "GT", "GY", "HN", "HT", "JM", "KN", "KY", "LC", "MF",
    "MQ", "MS", "MX", "NI", "PA", "PE", "PR", "PY", "SR", "SV", "SX", "TC", "TT", "UY", "VC", "VE",
    "VG", "VI",
];

/// The UN's Eastern, South-eastern, Southern and Central Asia.
const ASIA: &[&str] = &[
    "AF", "BD", "BN", "BT", "CN", "HK", "ID", "IN", "IR", "JP", "KG", "KH", "KP", "KR", "KZ", "LA",
    "LK", "MM", "MN", "MO", "MV", "MY", "NP", "PH", "PK", "SG", "TH", "TJ", "TL", "TM", "TW", "UZ",
    "VN",
];

/// The UN's Europe, with Cyprus (a member of the European Union).
const EUROPE: &[&str] = &[
    "AD", "AL", "AT", "AX", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
    "FO", "FR", "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI", "LT", "LU",
    "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SJ",
    "SK", "SM", "UA", "VA",
];

impl Region {
    /// In the order reports list them.
    pub const ALL: [Region; 6] = [
        Region::CentralAfrica,
        Region::WestAfrica,
        Region::LatinAmerica,
        Region::Asia,
        Region::Europe,
        Region::Other,
    ];

    /// The region of an ISO 3166-1 alpha-2 code, in either letter case.
    pub fn of_country(code: &str) -> Region {
        let code = code.trim().to_ascii_uppercase();
        let tables = [
            (CENTRAL_AFRICA, Region::CentralAfrica),
            (WEST_AFRICA, Region::WestAfrica),
            (LATIN_AMERICA, Region::LatinAmerica),
            (ASIA, Region::Asia),
            (EUROPE, Region::Europe),
        ];
        tables
            .into_iter()
            .find(|(codes, _)| codes.contains(&code.as_str()))
            .map_or(Region::Other, |(_, region)| region)
    }

    /// The stable key, as in the member list and the JSON API.
    pub fn as_str(self) -> &'static str {
        match self {
            Region::CentralAfrica => "central_africa",
            Region::WestAfrica => "west_africa",
            Region::LatinAmerica => "latin_america",
            Region::Asia => "asia",
            Region::Europe => "europe",
            Region::Other => "other",
        }
    }

    /// The translation key of the region's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Region::CentralAfrica => "region-central-africa",
            Region::WestAfrica => "region-west-africa",
            Region::LatinAmerica => "region-latin-america",
            Region::Asia => "region-asia",
            Region::Europe => "region-europe",
            Region::Other => "region-other",
        }
    }
}

impl FromStr for Region {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Region::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("unknown region {s:?}"))
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Region {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CountryCode;

    #[test]
    fn every_member_country_is_in_its_region() {
        let members = include_str!("../demo/members.tsv");
        for line in members.lines().skip(1) {
            let mut cols = line.split('\t');
            let (region, country) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
            assert_eq!(
                Region::of_country(country).as_str(),
                region,
                "{country} should be in {region}"
            );
        }
    }

    #[test]
    fn neighbours_unknowns_and_case() {
        assert_eq!(Region::of_country("cm"), Region::CentralAfrica);
        assert_eq!(Region::of_country("CI"), Region::WestAfrica);
        assert_eq!(Region::of_country("HT"), Region::LatinAmerica);
        assert_eq!(Region::of_country("PH"), Region::Asia);
        assert_eq!(Region::of_country("NL"), Region::Europe);
        assert_eq!(Region::of_country("KE"), Region::Other);
        assert_eq!(Region::of_country("US"), Region::Other);
        assert_eq!(Region::of_country(""), Region::Other);
        assert_eq!("west_africa".parse(), Ok(Region::WestAfrica));
    }

    #[test]
    fn every_listed_code_is_a_country_and_in_one_region_only() {
        let all = [CENTRAL_AFRICA, WEST_AFRICA, LATIN_AMERICA, ASIA, EUROPE].concat();
        for code in &all {
            assert!(CountryCode::parse(code).is_some(), "{code} is no ISO code");
            assert_eq!(all.iter().filter(|c| *c == code).count(), 1, "{code} twice");
        }
    }
}
