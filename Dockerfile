# The API and dashboard on Node 22 LTS (the project also runs on Node 20, its minimum).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-fund --no-audit
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The dashboard and GraphiQL are bundled by vite into dist/web during `npm run build`. bench/ and
# test/ are not copied (see .dockerignore), so none of their code or Cypher reaches the image.
COPY web ./web
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
ENV PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY schema ./schema
COPY locales ./locales
COPY seed ./seed
USER node
EXPOSE 4000
# Healthy = ready: the process answers and Neo4j answers with the schema in place (GET /ready is 200).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/cli/main.js", "serve"]
