# Sesame — make demo (the main job), make test (every test), make bench.
# Each target installs the Debian packages it needs when they are missing.

GO      ?= go
BIN     := bin
FUZZTIME ?= 8s

.PHONY: all deps build demo test vet fmt-check fuzz bench clean

all: build

deps:
	scripts/install-deps.sh

# The headless paths stay lean: -trimpath and stripped binaries start faster.
build: deps
	$(GO) build -trimpath -ldflags='-s -w' -o $(BIN)/sesame .
	@if [ -f server/cmd/fwknopd/main.go ]; then $(GO) build -trimpath -ldflags='-s -w' -o $(BIN)/fwknopd ./server/cmd/fwknopd; fi

demo: build
	scripts/demo.sh

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

fuzz:
	FUZZTIME=$(FUZZTIME) scripts/fuzz.sh

test: deps fmt-check vet
	$(GO) test -race -count=1 -timeout 20m ./...
	$(MAKE) --no-print-directory fuzz

bench: build
	scripts/bench.sh

clean:
	rm -rf $(BIN)
