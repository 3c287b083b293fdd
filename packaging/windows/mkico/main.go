// Command mkico writes a Windows icon (.ico) holding the PNG images given,
// one entry each, as Windows Vista and later read them. scripts/package.sh
// makes sesame.exe's icon with it from icons/png, so the build needs no
// image tool beyond Go.
//
// usage: go run ./packaging/windows/mkico OUT.ico IN.png...
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image/png"
	"os"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: mkico OUT.ico IN.png...")
		os.Exit(2)
	}
	ico, err := build(os.Args[2:])
	if err == nil {
		err = os.WriteFile(os.Args[1], ico, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkico:", err)
		os.Exit(1)
	}
}

// build lays out the ICONDIR header, one ICONDIRENTRY per image, then the
// PNG files unchanged.
func build(files []string) ([]byte, error) {
	var head, data bytes.Buffer
	le := binary.LittleEndian
	head.Write(le.AppendUint16(nil, 0))                  // reserved
	head.Write(le.AppendUint16(nil, 1))                  // type: icon
	head.Write(le.AppendUint16(nil, uint16(len(files)))) // count
	offset := 6 + 16*len(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		if cfg.Width > 256 || cfg.Height > 256 {
			return nil, fmt.Errorf("%s: %dx%d, an icon image is at most 256x256", f, cfg.Width, cfg.Height)
		}
		// 256 is written as 0 (the field is one byte).
		head.Write([]byte{byte(cfg.Width), byte(cfg.Height), 0, 0})
		head.Write(le.AppendUint16(nil, 1))  // colour planes
		head.Write(le.AppendUint16(nil, 32)) // bits per pixel
		head.Write(le.AppendUint32(nil, uint32(len(b))))
		head.Write(le.AppendUint32(nil, uint32(offset+data.Len())))
		data.Write(b)
	}
	return append(head.Bytes(), data.Bytes()...), nil
}
