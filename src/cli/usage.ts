export const USAGE = `usage:
  saywho analyze PAGE.html|URL [--url URL] [--format json|csv|md|w3c]   one page (JSON by default)
  saywho text IN.jsonl [-o OUT.jsonl]                                     plain texts, one {id, text} per line
  saywho article PAGE.html [--url URL]                                    article detection and metadata only`;
