FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-fund --no-audit
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
# The dashboard and GraphiQL are bundled by vite into dist/web during `npm run build`.
COPY web ./web
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY schema ./schema
COPY seed ./seed
USER node
EXPOSE 4000
CMD ["node", "dist/src/cli/main.js", "serve"]
