"""Pages for people, served by the API's process; no CDN, no network."""
