# syntax=docker/dockerfile:1
# live-service: LiveKit mode: sessions and the channel agent (recognition, translation, speech synthesis).
# Build from the repository root: docker build -f deploy/live-service.Dockerfile .
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
# The offline speech engines (the Makefile's ENGINE_PACKAGES but flite, which only the tests use):
# pocketsphinx's helper is compiled at start from its C source (gcc, pkg-config, the -dev package).
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends pocketsphinx pocketsphinx-en-us libpocketsphinx-dev gcc libc6-dev pkg-config apertium apertium-eng-spa espeak-ng sox \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production PORT=8092
WORKDIR /app
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist/live-service ./dist/live-service
# The compiled helper is cached beside the bundle, writable by the unprivileged user the service runs as.
RUN mkdir -p dist/live-service/assets/node_modules/.cache/ilenia \
  && chown -R node:node dist/live-service/assets/node_modules/.cache
USER node
EXPOSE 8092
# Liveness only: /ready also checks the database and upstreams, which compose uses for start order.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health`).then((response) => process.exit(response.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/live-service/main.js"]
