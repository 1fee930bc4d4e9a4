# syntax=docker/dockerfile:1
# events: Events, their channels and who may do what in them.
# Build from the repository root: docker build -f deploy/events.Dockerfile .
# The build stage is the same in every deploy/*.Dockerfile (scripts/build/check-deploy checks it), so
# BuildKit builds it once for all images.
FROM node:20-bookworm AS build
WORKDIR /src
COPY . .
# npm's cache outlives the build (BuildKit cache mount): a source change re-runs npm ci from it.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund && (cd web && npm ci --no-audit --no-fund)
RUN make build
# What the images run: the bundles in dist/ and the npm packages they import (the workspace's own
# packages are inside the bundles, so their links go).
RUN npm prune --omit=dev --no-audit --no-fund && rm -rf node_modules/@ilenia node_modules/.cache

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=8083
WORKDIR /app
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist/events ./dist/events
USER node
EXPOSE 8083
# Liveness only: /ready also checks the database and upstreams, which compose uses for start order.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health`).then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/events/main.js"]
