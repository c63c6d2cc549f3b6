export const config = {
  port: Number(process.env.PORT || 3000),
  namespace: process.env.ID_NAMESPACE || '6ba7b811-9dad-11d1-80b4-00c04fd430c8', // uuid.NAMESPACE_URL
  baseUrl: process.env.BASE_URL || 'https://events.example.org',
  rsvpPerWindow: Number(process.env.RSVP_PER_WINDOW || 4),
  timezoneLabel: process.env.TZ_LABEL || 'UTC',
};
