# Sesame — make demo (the main job), make test (every test), make bench.
# Each target installs the Debian packages it needs when they are missing.

GO      ?= go
BIN     := bin
FUZZTIME ?= 8s

.PHONY: all deps deps-demo build build-headless demo test vet fmt-check fuzz bench screenshots package package-desktop clean stock-suite

all: build

deps:
	scripts/install-deps.sh

deps-demo:
	scripts/install-deps.sh --demo

# The headless client stays lean: a static, stripped binary starts in about
# half the time of a dynamically linked one (no ld.so, no libc resolver), and
# -tags nogui links no Fyne. bin/sesame-gui is the desktop app (cgo, OpenGL,
# X11), with the same headless commands. fwknopd needs cgo for libpcap.
# The demo needs only the headless pieces, which build in seconds; the GUI
# takes minutes from a cold cache. no_emoji leaves out Fyne's 4 MB colour
# emoji font, which the app never shows but parsed once per text style
# (~11 MiB of live heap).
build: deps build-headless
	$(GO) build -tags no_emoji -trimpath -ldflags='-s -w' -o $(BIN)/sesame-gui .

build-headless: deps-demo
	CGO_ENABLED=0 $(GO) build -tags nogui -trimpath -ldflags='-s -w' -o $(BIN)/sesame .
	$(GO) build -trimpath -ldflags='-s -w' -o $(BIN)/fwknopd ./server/cmd/fwknopd

demo: build-headless
	scripts/demo.sh

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' ':!vendor' ':!packaging/tools/vendor')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

fuzz:
	FUZZTIME=$(FUZZTIME) scripts/fuzz.sh

test: deps fmt-check vet
	$(GO) test -race -count=1 -timeout 45m ./...
	$(MAKE) --no-print-directory fuzz

bench: build
	scripts/bench.sh

# PNGs of the desktop app's window (demo data) under Xvfb, for the README.
screenshots: build
	mkdir -p docs/screenshots
	LANG=en_US.UTF-8 xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
		env SESAME_SCREENSHOTS=$(CURDIR)/docs/screenshots $(BIN)/sesame-gui

# fwknop's own test suite against the stock binaries and Sesame's (needs
# root and an fwknop source tree; downloads nothing; not a CI step).
stock-suite: build-headless
	FWKNOP_SRC=$(FWKNOP_SRC) scripts/stock-suite.sh

# Installable packages in dist/ (nfpm): the server .deb, the headless
# sesame-cli .deb and tarball, the macOS headless tarballs (amd64, arm64),
# the desktop .deb `sesame` (builds bin/sesame-gui unless it is fresh).
package: deps
	scripts/package.sh

# The Linux desktop bundle (binary, .desktop file, icon) from FyneApp.toml.
package-desktop: build
	scripts/package.sh desktop

clean:
	rm -rf $(BIN)
