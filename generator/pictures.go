package main

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/minhbach/minhbach/generator/chartsvg"
	"github.com/minhbach/minhbach/generator/publish"
)

// previousPictures is a drawing cache holding the pictures of the site
// published in outDir, those its manifest (chartsvg.ManifestFile) lists,
// so a build over a previous one paints only the pictures whose chart or
// words changed. Only the output folder is read, and only one minhbach
// wrote (it holds the publish marker).
func previousPictures(outDir string) *chartsvg.Cache {
	cache := &chartsvg.Cache{}
	published := os.DirFS(outDir)
	if _, err := fs.Stat(published, publish.Marker); err != nil {
		return cache
	}
	if m, err := fs.ReadFile(published, chartsvg.ManifestFile); err == nil {
		cache.Seed(m, published, programVersion())
	}
	return cache
}

// programVersion names this executable exactly, for the pictures'
// manifest: its Go build ID, which changes with every change to the
// program, or else the hash of the whole file; "" when neither can be
// read, and then no picture is taken from a previous build.
var programVersion = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	exe, _ = filepath.EvalSymlinks(exe)
	if f, err := elf.Open(exe); err == nil {
		defer f.Close()
		// The note is a 16-byte header (name size, data size, type,
		// "Go\0\0") and then the build ID.
		if s := f.Section(".note.go.buildid"); s != nil {
			if b, err := s.Data(); err == nil && len(b) > 16 && bytes.Equal(b[12:16], []byte("Go\x00\x00")) {
				if n := int(f.ByteOrder.Uint32(b[4:8])); 16+n <= len(b) {
					return string(b[16 : 16+n])
				}
			}
		}
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
})
