"""The domain: records, the routine's rules, identity numbers, reports. No Qt here."""
