# syntax=docker/dockerfile:1
# web: nginx serving the web app (dist/web/) and the API portal (dist/portal/) and proxying to the
# services; its configuration is deploy/nginx/, which the compose files mount (template and snippets).
# Build from the repository root: docker build -f deploy/web.Dockerfile .
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

FROM nginx:1.26-bookworm AS runtime
# The gateway's own server blocks (deploy/nginx/) are the only ones: the image's welcome page must not
# be the default server of port 80.
RUN rm /etc/nginx/conf.d/default.conf
COPY --from=build /src/dist/web /usr/share/nginx/ilenia/web
COPY --from=build /src/dist/portal /usr/share/nginx/ilenia/docs
# certbot renews the certificate files in place; nginx reads them again on reload.
COPY deploy/web/reload-certificates.sh /docker-entrypoint.d/40-reload-certificates.sh
RUN chmod 0755 /docker-entrypoint.d/40-reload-certificates.sh
EXPOSE 80 443
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["curl", "-sS", "-o", "/dev/null", "--fail", "http://127.0.0.1/"]
CMD ["nginx", "-g", "daemon off;"]
