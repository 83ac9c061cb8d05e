# The Node server (src/server.ts, built to dist/server.js) for self-hosting: the same app, API, web page and /docs as
# the Worker; async jobs need Workers (R2 and Queues) and answer 501 here.
#   docker build -t influence-audit .
#   docker run --rm -p 8787:8787 influence-audit
# Configured by the same variables as the Worker (README, "Configuration").

# Node 22, an LTS line package.json's engines covers; Debian slim, for the glibc build of
# the canvas addon pdf-parse loads.
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Every dependency, dev ones included, to build dist/ (esbuild); no install scripts yet, as the
# sources are not here.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.ts ./scripts/
COPY src ./src
RUN npm run build

FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# What the server runs on, exactly as locked; no install scripts (none is needed to run).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY scripts/copy-docs-assets.mjs ./scripts/
COPY public ./public
# The server and its worker threads' module, built to plain JavaScript.
COPY --from=build /app/dist ./dist
# /docs's Swagger UI files, from the installed package, as `npm run serve` does.
RUN node scripts/copy-docs-assets.mjs
# Root owns the files; the server runs as the image's unprivileged user and only reads them.
USER node
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8787) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server.js"]
