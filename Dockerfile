# One image for the three Masar processes (api, worker, notifier); the
# command chooses which. Built on a server with Docker; not used by tests.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN DATABASE_URL=postgresql://build@localhost/build node node_modules/prisma/build/index.js generate \
 && node node_modules/typescript/bin/tsc -p tsconfig.build.json \
 && node scripts/build-bundle.js \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production TZ=UTC WORKER_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/prisma.config.ts ./
USER node
CMD ["node", "dist/apps/api/src/main.js"]
