# Ilenia: every day-to-day command. `make help` lists them.
SHELL := /bin/bash
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
TSX := node_modules/.bin/tsx

# Debian packages, installed by `make setup` / `make dev` when run as root with apt-get.
# The offline speech engines the platform runs on (pocketsphinx and its C library, built into a small
# helper; Apertium; espeak-ng and sox) and flite, which makes the English speech of `make demo-talk` and the tests:
ENGINE_PACKAGES := pocketsphinx pocketsphinx-en-us libpocketsphinx-dev gcc libc6-dev pkg-config apertium apertium-eng-spa espeak-ng sox flite
# What only the tests need besides: Chromium for the portal and SDK browser tests, nginx for the gateway tests (scripts/edge/).
TEST_PACKAGES := chromium nginx-light
APT_PACKAGES := $(ENGINE_PACKAGES) $(TEST_PACKAGES)

# Installs the Debian packages of $(1) that are missing, or says which ones could not be (no root or apt-get).
define install-debian-packages
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "Not installed (needs root and apt-get): $$missing; what needs them says so (/ready, skipped tests)."; \
	fi
endef

.PHONY: help setup apt-packages engine-packages lint generate check-generated check-breaking fuzz new-service typecheck web-typecheck docs build services-build check-deploy web-build web-e2e web-shots test dev demo-talk bench clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

setup: node_modules/.package-lock.json apt-packages ## Install npm dependencies and, with apt-get and root, the Debian packages

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The web app has its own dependencies (React 19 beside the docs portal's React 18) until it becomes a workspace.
web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	@touch $@

apt-packages: ## Install the Debian packages in APT_PACKAGES that are missing (needs root and apt-get)
	$(call install-debian-packages,$(APT_PACKAGES))

engine-packages: ## Install the Debian packages of the offline speech engines that are missing
	$(call install-debian-packages,$(ENGINE_PACKAGES))

lint: node_modules/.package-lock.json web/node_modules/.package-lock.json ## Lint every spec (Redocly, strict) and the project's spec conventions; no import leaves its package by a relative path; then the code (make lint-code)
	$(TSX) scripts/lint-specs.ts
	$(TSX) scripts/check-package-imports.ts
	$(MAKE) --no-print-directory lint-code

# The code Prettier formats (a variable: make's $(or …) would split the braces' commas).
CODE_FILES := '{packages,services,scripts,templates,bench,sdk-tests,web}/**/*.{ts,tsx,mts,js,mjs,jsx}' vitest.config.ts eslint.config.js

lint-code: node_modules/.package-lock.json web/node_modules/.package-lock.json ## Lint the code (ESLint, type-aware), check its format (Prettier) and that every export is imported somewhere; `make lint-code PATHS=services/auth` lints one area
	node_modules/.bin/eslint --max-warnings=0 $(or $(PATHS),.)
	node_modules/.bin/prettier --check --log-level warn $(or $(PATHS),$(CODE_FILES))
	$(TSX) scripts/lint/unused-exports.ts $(PATHS)

format: node_modules/.package-lock.json ## Format the code with Prettier
	node_modules/.bin/prettier --write --log-level warn $(CODE_FILES)

generate: node_modules/.package-lock.json ## Regenerate generated/ from specs/ (after linting them)
	$(TSX) scripts/lint-specs.ts
	$(TSX) scripts/generate/index.ts

check-generated: node_modules/.package-lock.json ## Fail if generated/ is not exactly what specs/ generate
	$(TSX) scripts/generate/index.ts --check

check-breaking: node_modules/.package-lock.json ## Fail on a breaking API change since the merge base with main (or the last v* tag) not acknowledged in specs/BREAKING.md
	$(TSX) scripts/check-breaking/index.ts

new-service: node_modules/.package-lock.json ## Add a service: make new-service NAME=foo PORT=8099 (spec skeleton, registrations, services/foo/ with its rooms), then link it and generate
	@if [ -z "$(NAME)" ] || [ -z "$(PORT)" ]; then echo "usage: make new-service NAME=foo PORT=8099"; exit 2; fi
	$(TSX) scripts/new-service.ts --name '$(NAME)' --port '$(PORT)'
	npm install --no-audit --no-fund
	$(MAKE) generate
	@echo "$(NAME): npm run start:$(NAME) (USE_$$(echo '$(NAME)' | tr a-z- A-Z_)_MOCK=true answers from the spec's examples); make dev starts it too."

typecheck: node_modules/.package-lock.json web-typecheck ## Type-check everything (services, generated code, scripts, tests, web app)
	node_modules/.bin/tsc --noEmit -p tsconfig.json

web-typecheck: web/node_modules/.package-lock.json ## Type-check the web app (web/)
	web/node_modules/.bin/tsc --noEmit -p web/tsconfig.json
	web/node_modules/.bin/tsc --noEmit -p web/tsconfig.node.json

docs: node_modules/.package-lock.json ## Build the offline docs portal into dist/portal/
	$(TSX) scripts/docs/build-portal.ts

build: services-build web-build docs ## Build everything that ships: each service to plain JavaScript in dist/<service>/ (run with node dist/<service>/main.js), the web app into dist/web/, the docs portal into dist/portal/

services-build: node_modules/.package-lock.json ## Bundle each service (or SERVICES="auth events") to dist/<service>/: ESM for Node 20, source maps, npm packages external
	$(TSX) scripts/build/index.ts $(SERVICES)

check-deploy: node_modules/.package-lock.json ## Check deploy/ without Docker: compose files against the Compose schema, .env.example, Dockerfiles against make build and the specs (part of make test)
	node_modules/.bin/vitest run --project services scripts/build/check-deploy

web-build: web/node_modules/.package-lock.json ## Build the web app into dist/web/ (prints each chunk's gzip size)
	cd web && node_modules/.bin/vite build

web-e2e: node_modules/.package-lock.json web/node_modules/.package-lock.json ## With `make dev` running: the end-to-end tests (web/e2e: listener, speaker, manager; part of `make test`) against it, in Chromium
	WEB_URL=$(or $(WEB_URL),http://localhost:$$((5173 + $${ILENIA_PORT_OFFSET:-0}))) node_modules/.bin/vitest run --project web-e2e

web-shots: node_modules/.package-lock.json ## With `make dev` running: screenshots of every view at 390 and 1280 px into SHOTS_DIR (default /tmp/ilenia-web-shots)
	@mkdir -p $(or $(SHOTS_DIR),/tmp/ilenia-web-shots)
	$(TSX) web/e2e/shots.ts $(or $(SHOTS_DIR),/tmp/ilenia-web-shots)

# The gateway tests (scripts/edge/) serve the built web app and portal through nginx: built when missing.
dist/web/index.html: | web/node_modules/.package-lock.json
	$(MAKE) web-build

dist/portal/index.html: | node_modules/.package-lock.json
	$(MAKE) docs

test: setup web/node_modules/.package-lock.json dist/web/index.html dist/portal/index.html ## Run the whole test suite; ends with "N passed, N failed, N skipped"
	@mkdir -p .tmp
	@rm -f .tmp/vitest-report.json
	@status=0; node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest-report.json || status=$$?; \
	$(TSX) scripts/test-summary.ts .tmp/vitest-report.json || status=1; exit $$status

fuzz: node_modules/.package-lock.json ## Start every service (scratch databases, free ports) and fuzz live-event's WebSocket protocols and each HTTP operation from the specs (FUZZ_CASES per operation, default 200; FUZZ_SEED repeats a run; FUZZ_ONLY=websocket or http)
	$(TSX) scripts/fuzz/index.ts

dev: node_modules/.package-lock.json web/node_modules/.package-lock.json engine-packages docs ## Run every service on its embedded defaults, the web app (Vite, 5173) and the docs portal
	NODE_ENV=development $(TSX) scripts/dev.ts

demo-talk: node_modules/.package-lock.json ## With `make dev` running: the demo speaker talks (flite), the demo listener reads Spanish subtitles
	TEXT="$(TEXT)" $(TSX) scripts/demo-talk.ts

bench: setup web/node_modules/.package-lock.json ## Run the benchmarks (figures, never pass/fail)
	@ls bench/*.ts >/dev/null 2>&1 && for b in bench/*.ts; do $(TSX) $$b; done || echo "No benchmarks yet."

clean: ## Remove build output and local data
	rm -rf dist .data coverage
