package chartsvg

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// ManifestFile is the file, at the top of an output folder, that lets the
// next build take the pictures of this one instead of painting them again:
// painting and encoding the demo's 71 PNGs is most of its build.
//
// Its first line names the program that painted them (Manifest's version,
// the executable's build ID), since another version may paint other bytes.
// Each line after it is a picture: the hash of what it was painted from
// (the cache key), the hash of its bytes, and its path in the folder:
//
//	minhbach-pictures 1 <version>
//	<key> <sha256 of the file> chi-tieu/8/8-6/anh.png
//
// A picture is taken only when the version is the same and the file still
// has the bytes the line says, so a picture changed by hand, or painted
// by another version, is painted again; the build's bytes are the same
// either way.
const ManifestFile = ".minhbach-pictures"

const manifestHead = "minhbach-pictures 1 "

// Seed fills the cache with the pictures that the manifest m lists from
// the folder files, when m was written by the same version. It reports
// how many it took; whatever does not check out is skipped.
func (c *Cache) Seed(m []byte, files fs.FS, version string) int {
	sc := bufio.NewScanner(bytes.NewReader(m))
	if version == "" || !sc.Scan() || sc.Text() != manifestHead+version {
		return 0
	}
	n := 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 3 {
			continue
		}
		key, err1 := hex.DecodeString(f[0])
		sum, err2 := hex.DecodeString(f[1])
		if err1 != nil || err2 != nil || len(key) != 32 || len(sum) != 32 {
			continue
		}
		b, err := fs.ReadFile(files, f[2])
		if got := sha256.Sum256(b); err != nil || !bytes.Equal(got[:], sum) {
			continue
		}
		c.mu.Lock()
		c.init()
		c.m[[32]byte(key)], c.sums[[32]byte(key)] = b, [32]byte(sum)
		c.mu.Unlock()
		n++
	}
	return n
}

// Manifest lists, for the next build's Seed, every picture asked of the
// cache since the last Prune that files (path → bytes) holds as a file of
// its own: the very bytes the cache gave, which is how a build puts them
// there. It returns nil when version is "" (unknown: nothing can be
// taken safely).
//
// Files are found by where their bytes are in memory rather than by hash,
// and a picture's hash is the one get kept: hashing every PNG twice here
// was a tenth of the demo's build after its pages were done.
func (c *Cache) Manifest(files map[string][]byte, version string) []byte {
	if version == "" {
		return nil
	}
	type at struct {
		first *byte
		n     int
	}
	paths := map[at]string{}
	for p, b := range files {
		if strings.HasSuffix(p, ".png") && len(b) > 0 {
			paths[at{&b[0], len(b)}] = p
		}
	}
	var lines []string
	c.mu.Lock()
	for k := range c.used {
		b := c.m[k]
		if len(b) == 0 {
			continue
		}
		if p, ok := paths[at{&b[0], len(b)}]; ok {
			sum, ok := c.sums[k]
			if !ok {
				sum = sha256.Sum256(b)
			}
			lines = append(lines, fmt.Sprintf("%x %x %s\n", k, sum, p))
		}
	}
	c.mu.Unlock()
	sort.Strings(lines)
	return []byte(manifestHead + version + "\n" + strings.Join(lines, ""))
}
