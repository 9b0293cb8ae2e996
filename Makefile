# circdsl — two commands do everything: `make build`, then `make test`.
# Both create the virtual environment .venv/ on first use (only Python 3.11+ is needed).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

VSCODE := editors/vscode
NODE_STAMP := $(VSCODE)/node_modules/.installed

.PHONY: build test test-pytest test-circulars test-lent lint typecheck clean bench fuzz vsix

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The VS Code extension's packages (node 20 and the npm registry): the client of the language server,
# and for the tests vscode-textmate and vscode-oniguruma, which run its TextMate grammar as VS Code does.
$(NODE_STAMP): $(VSCODE)/package.json $(VSCODE)/package-lock.json
	cd $(VSCODE) && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

## build: compile every circular into generated/ (validators and the pages of generated/docs/, which the
## circdsl mkdocs plugin adds under circulaires/) and build the documentation site into site/
build: $(STAMP)
	$(BIN)/circ build
	$(BIN)/mkdocs build --strict --quiet

## test: lint, type-check, unit and end-to-end tests (the language server, the highlighters), the circulars'
## example cases and generated/ up to date (tests/test_repository_checks.py: what `circ test` and
## `circ build --check` check, in-process on a build the docs tests compile anyway): everything but the slow
## tier. The three parts run side by side (each part's output is shown whole when it ends; make fails if any
## part fails): lint and mypy are single-threaded and fill the cores while pytest's workers start and finish.
test: $(STAMP) $(NODE_STAMP)
	$(MAKE) --no-print-directory -j3 --output-sync=target test-pytest lint typecheck

test-pytest: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -m "not lent"

## test-circulars: the same two checks by command, as an editor's CI runs them on its own circulars
test-circulars: $(STAMP)
	$(BIN)/circ test
	$(BIN)/circ build --check

## test-lent: the slow tier, listed with its reasons in tests/conftest.py (Spark, Chromium, fresh wheels and
## virtual environments, real concurrent processes...); CI (.ci/run) runs `make test` then `make test-lent`
test-lent: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -m lent

lint: $(STAMP)
	$(BIN)/ruff check src tests bench fuzz
	$(BIN)/ruff format --check src tests bench fuzz
	$(BIN)/ruff check generated tests/golden
	$(BIN)/circ fmt --check circulars

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --strict generated/circulaires tests/golden/exemple.py

## bench: measure the Paris validator against a hand-written baseline, every validator (evaluate, evaluate_status),
## the SQL decision and circ lot, and the
## language server (figures are printed, not asserted)
bench: $(STAMP)
	$(BIN)/python bench/bench_paris.py
	$(BIN)/python bench/bench_circulars.py
	$(BIN)/python bench/bench_sql.py
	$(BIN)/python bench/bench_lsp.py

## fuzz: mutate the real circulars and generate programs for longer than CI, compare every validator with
## the reference interpreter on 10,000 situations per circular and 1,000 generated programs, and send
## 10,000 hostile situations to each generated validator (figures are printed)
fuzz: $(STAMP)
	$(BIN)/python fuzz/fuzz_compiler.py --exemples 2000
	$(BIN)/python fuzz/fuzz_differential.py --situations 10000 --programmes 1000
	$(BIN)/python fuzz/fuzz_situations.py --exemples 10000

## vsix: package the VS Code extension into editors/vscode/circ.vsix
vsix: $(NODE_STAMP)
	cd $(VSCODE) && npx vsce package --skip-license --allow-missing-repository --out circ.vsix

clean:
	rm -rf $(VENV) site .pytest_cache .ruff_cache .mypy_cache $(VSCODE)/node_modules $(VSCODE)/circ.vsix
