/**
 * Imported first by the HTTP benches: they measure the service as deployed (the Dockerfile and
 * docker-compose.yml set NODE_ENV=production). graphql-js reads NODE_ENV once, when it loads, and in
 * development mode checks every `instanceof` across realms (about 5 % of a dashboard request's CPU).
 */
process.env.NODE_ENV ??= 'production';
