# syntax=docker/dockerfile:1
# Rapport's container image (docs/DEPLOY.md). Runs `rapport serve` by default; any other
# command is an argument: `docker run IMAGE worker`, `docker run IMAGE migrate`, ….
# The CLI runs its TypeScript sources through tsx at run time (a dependency of packages/cli),
# so the image keeps the sources and the production dependencies.

FROM node:20-bookworm-slim AS build
# better-sqlite3 is compiled from source (.npmrc: build_from_source=true).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# .npmrc's nodedir=/usr fits Debian's packaged Node; this image's Node and headers are in /usr/local.
ENV npm_config_nodedir=/usr/local
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && npm run build:web \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
RUN groupadd --system rapport \
 && useradd --system --gid rapport --home-dir /app --no-create-home rapport
WORKDIR /app
COPY --from=build /app /app
# `rapport` on the PATH too, for `docker compose exec server-1 rapport backup …` and the like.
RUN mkdir -p /app/data && chown rapport:rapport /app/data \
 && ln -s /app/packages/cli/bin/rapport.js /usr/local/bin/rapport
# The SQLite default keeps its database in /app/data; with PostgreSQL set DATABASE_URL instead.
ENV HOST=0.0.0.0 PORT=3000 DATABASE_URL=/app/data/rapport.db
VOLUME /app/data
USER rapport
EXPOSE 3000
# `rapport serve` drains requests and the worker's running jobs on SIGTERM (give it 45 s:
# `docker stop -t 45`, compose's stop_grace_period).
STOPSIGNAL SIGTERM
# Liveness of `rapport serve` (a `rapport worker` container listens on no port: disable it there).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/packages/cli/bin/rapport.js"]
CMD ["serve"]
