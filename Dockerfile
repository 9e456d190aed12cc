# The assistant as a container: `docker compose up` (docker-compose.yml) or `docker build -t assistant .`
# Stage 1 compiles TypeScript (and the generated Prisma client) to dist/; stage 2 holds compiled
# JavaScript and production dependencies only (no tsx, no Prisma CLI, no schema engine) and runs as
# the unprivileged `node` user. The app migrates its database itself on start (src/infra/db/migrate.ts).
# test/deploy/production-build.test.ts runs this file's runtime `npm ci`, HEALTHCHECK and CMD without
# Docker: keep each of them on one line.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /build
COPY package.json package-lock.json ./
# No dependency's install script is needed (package.json "allowScripts"); the client is generated below.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY prisma.config.ts tsconfig.json tsconfig.build.json ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npx prisma generate
COPY src ./src
COPY adapters ./adapters
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
# --omit=optional as well: @prisma/client's optional peer `prisma` (the CLI) is otherwise installed.
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /build/dist ./dist
# The embedded database (no DATABASE_URL: demo only) needs a writable folder; nothing else is written.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/src/app/main.js"]
