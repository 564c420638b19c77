// Telemetry off and nothing fetched at build time.
export default { poweredByHeader: false }
