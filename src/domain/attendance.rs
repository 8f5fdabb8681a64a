//! How a participant of a hybrid event takes part: in the room or online.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceMode {
    InPerson,
    Online,
}

impl AttendanceMode {
    pub const ALL: [AttendanceMode; 2] = [AttendanceMode::InPerson, AttendanceMode::Online];

    pub fn as_str(self) -> &'static str {
        match self {
            AttendanceMode::InPerson => "in_person",
            AttendanceMode::Online => "online",
        }
    }

    /// The other mode: where a participant who switches goes.
    pub fn other(self) -> AttendanceMode {
        match self {
            AttendanceMode::InPerson => AttendanceMode::Online,
            AttendanceMode::Online => AttendanceMode::InPerson,
        }
    }
}

impl FromStr for AttendanceMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "in_person" => Ok(AttendanceMode::InPerson),
            "online" => Ok(AttendanceMode::Online),
            _ => Err(format!(
                "unknown attendance mode {s:?} (expected in_person or online)"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_read_back_what_they_write() {
        for mode in AttendanceMode::ALL {
            assert_eq!(mode.as_str().parse::<AttendanceMode>(), Ok(mode));
            assert_eq!(mode.other().other(), mode);
        }
        assert!("room".parse::<AttendanceMode>().is_err());
    }
}
