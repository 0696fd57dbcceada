"""Price lists for the box office: bands, concessions, booking fees."""
