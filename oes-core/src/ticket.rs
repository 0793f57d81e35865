//! The support ticket a response may be about: when it was opened, first answered and resolved, how many contacts it
//! took and whether it was reopened.

use serde_json::{Map, Value};

use crate::time::Timestamp;

/// A support ticket, checked at construction: replies and resolutions never precede the opening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    opened_at: Timestamp,
    first_reply_at: Option<Timestamp>,
    resolved_at: Option<Timestamp>,
    contacts: Option<u32>,
    reopened: Option<u32>,
    channel: Option<String>,
}

impl Ticket {
    /// A ticket; errors when a reply or the resolution comes before the opening.
    pub fn new(
        opened_at: Timestamp,
        first_reply_at: Option<Timestamp>,
        resolved_at: Option<Timestamp>,
        contacts: Option<u32>,
        reopened: Option<u32>,
        channel: Option<String>,
    ) -> Result<Ticket, String> {
        if let Some(r) = first_reply_at {
            if r < opened_at {
                return Err(format!("ticket first_reply_at {r} is before opened_at {opened_at}"));
            }
        }
        if let Some(r) = resolved_at {
            if r < opened_at {
                return Err(format!("ticket resolved_at {r} is before opened_at {opened_at}"));
            }
        }
        Ok(Ticket { opened_at, first_reply_at, resolved_at, contacts, reopened, channel })
    }

    /// Reads the `ticket` object of a response.
    pub fn from_value(value: &Value) -> Result<Ticket, String> {
        let Value::Object(map) = value else {
            return Err(
                "\"ticket\" must be an object {\"opened_at\", \"first_reply_at\"?, \"resolved_at\"?, ...}".into()
            );
        };
        let time = |key: &str| -> Result<Option<Timestamp>, String> {
            match map.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Timestamp::parse(s).map(Some).map_err(|e| format!("ticket {key}: {e}")),
                Some(other) => Err(format!("ticket {key}: bad timestamp {other}: expected an RFC 3339 string")),
            }
        };
        let count = |key: &str| -> Result<Option<u32>, String> {
            match map.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::Bool(b)) if key == "reopened" => Ok(Some(*b as u32)),
                Some(Value::Number(n)) => match n.as_u64() {
                    Some(v) if v <= u32::MAX as u64 => Ok(Some(v as u32)),
                    _ => Err(format!("ticket {key} must be a non-negative integer, got {n}")),
                },
                Some(other) => Err(format!("ticket {key} must be a non-negative integer, got {other}")),
            }
        };
        let opened_at = time("opened_at")?.ok_or("ticket opened_at is missing")?;
        let channel = match map.get("channel") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => return Err(format!("ticket channel must be a string, got {other}")),
        };
        Ticket::new(
            opened_at,
            time("first_reply_at")?,
            time("resolved_at")?,
            count("contacts")?,
            count("reopened")?,
            channel,
        )
    }

    /// The ticket as JSON.
    pub fn to_value(&self) -> Value {
        let mut m = Map::new();
        m.insert("opened_at".into(), Value::String(self.opened_at.to_string()));
        if let Some(t) = self.first_reply_at {
            m.insert("first_reply_at".into(), Value::String(t.to_string()));
        }
        if let Some(t) = self.resolved_at {
            m.insert("resolved_at".into(), Value::String(t.to_string()));
        }
        if let Some(c) = self.contacts {
            m.insert("contacts".into(), Value::from(c));
        }
        if let Some(r) = self.reopened {
            m.insert("reopened".into(), Value::from(r));
        }
        if let Some(c) = &self.channel {
            m.insert("channel".into(), Value::String(c.clone()));
        }
        Value::Object(m)
    }

    /// When the ticket was opened.
    pub fn opened_at(&self) -> Timestamp {
        self.opened_at
    }

    /// When the first reply came, if it came.
    pub fn first_reply_at(&self) -> Option<Timestamp> {
        self.first_reply_at
    }

    /// When the ticket was resolved, if it was.
    pub fn resolved_at(&self) -> Option<Timestamp> {
        self.resolved_at
    }

    /// How many contacts the customer had to make.
    pub fn contacts(&self) -> Option<u32> {
        self.contacts
    }

    /// How many times the ticket was reopened (`true` in JSON reads as 1).
    pub fn reopened(&self) -> Option<u32> {
        self.reopened
    }

    /// The support channel (phone, chat, email, ...).
    pub fn channel(&self) -> Option<&str> {
        self.channel.as_deref()
    }

    /// Whole seconds from opening to resolution.
    pub fn time_to_resolution(&self) -> Option<u64> {
        self.resolved_at.map(|r| seconds_between(self.opened_at, r))
    }

    /// Whole seconds from opening to the first reply.
    pub fn first_reply_time(&self) -> Option<u64> {
        self.first_reply_at.map(|r| seconds_between(self.opened_at, r))
    }
}

fn seconds_between(a: Timestamp, b: Timestamp) -> u64 {
    (b.unix_seconds() - a.unix_seconds()).max(0) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_and_checks_tickets() {
        let t =
            Ticket::from_value(&json!({"opened_at": "2025-01-01T10:00:00Z", "first_reply_at": "2025-01-01T10:30:00Z",
            "resolved_at": "2025-01-02T10:00:00+01:00", "contacts": 2, "reopened": true, "channel": "chat"}))
            .unwrap();
        assert_eq!(t.first_reply_time(), Some(1800));
        assert_eq!(t.time_to_resolution(), Some(23 * 3600));
        assert_eq!(t.reopened(), Some(1));
        assert_eq!(Ticket::from_value(&t.to_value()).unwrap(), t);
        let bad = [
            (json!({"opened_at": "2025-01-02T00:00:00Z", "resolved_at": "2025-01-01T00:00:00Z"}), "before opened_at"),
            (
                json!({"opened_at": "2025-01-02T00:00:00Z", "first_reply_at": "2025-01-01T00:00:00Z"}),
                "before opened_at",
            ),
            (json!({"opened_at": "2025-01-02T00:00:00Z", "contacts": -1}), "non-negative integer"),
            (json!({"opened_at": "2025-01-02T00:00:00Z", "contacts": 1.5}), "non-negative integer"),
            (json!({"resolved_at": "2025-01-02T00:00:00Z"}), "opened_at is missing"),
            (json!({"opened_at": "soon"}), "bad timestamp"),
            (json!([1]), "must be an object"),
        ];
        for (v, fragment) in bad {
            let e = Ticket::from_value(&v).unwrap_err();
            assert!(e.contains(fragment), "{v}: {e}");
        }
    }
}
