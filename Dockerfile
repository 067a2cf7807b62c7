# One image for the three Masar processes (api, worker, notifier); the
# command chooses which (entry files dist/apps/<app>/src/main.js, as
# nest-cli.json declares them). Built on a server with Docker; not used by tests.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci installs exactly the lock; the lock records every platform's optional
# binaries (@swc/core, the Temporal core bridge, ...), so it installs on linux too.
RUN npm ci --no-audit --no-fund
COPY . .
# The Prisma client is generated code (DATABASE_URL only keeps the CLI offline),
# then npm run build: tsc -p tsconfig.build.json and the workflow bundle.
RUN DATABASE_URL=postgresql://build@localhost/build node node_modules/prisma/build/index.js generate \
 && npm run build \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# Chromium prints the PDF documents (court reports, the yearly diagnosis), with Arabic fonts.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-core \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production TZ=UTC WORKER_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/prisma.config.ts ./
USER node
CMD ["node", "dist/apps/api/src/main.js"]
