import superjson from 'superjson';

/** The one wire transformer: server and every client must agree on it (Dates survive). */
export const transformer = superjson;
