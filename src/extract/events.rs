//! Meetings between people.
