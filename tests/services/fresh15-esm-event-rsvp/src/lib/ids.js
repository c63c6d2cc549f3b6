import { v5 as uuidv5 } from 'uuid';
import { config } from '../config.js';

// Stable ids derived from natural keys: the same event slug always gets the same id.
export const eventId = (slug) => uuidv5(`${config.baseUrl}/events/${slug}`, config.namespace);
export const ticketId = (eventSlug, email) => uuidv5(`${eventSlug}:${email.toLowerCase()}`, config.namespace).slice(0, 8);
