package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSameBytesAnywhere builds the repository's site twice, as two people
// on two machines would: from copies at different paths, run from
// different folders, with another time zone, language and home. Every byte
// of public/ must agree, and dates must be in the site's zone.
func TestSameBytesAnywhere(t *testing.T) {
	builds := []struct {
		tz, lang string
		inSite   bool // run from the site's folder with the default -config
	}{
		{"Pacific/Kiritimati", "vi_VN.UTF-8", true}, // UTC+14
		{"UTC", "C", false},
		{"America/Los_Angeles", "en_US.UTF-8", false}, // a day behind Kiritimati
	}
	var first map[string][]byte
	for i, b := range builds {
		root := copySiteWithoutCharts(t)
		home := t.TempDir()
		env := []string{"TZ=" + b.tz, "LANG=" + b.lang, "LC_ALL=" + b.lang, "HOME=" + home, "XDG_CACHE_HOME=" + filepath.Join(home, ".cache"), "USER=nguoi" + string(rune('a'+i))}
		dir, args := t.TempDir(), []string{"build", "-config", filepath.Join(root, "config.toml")}
		if b.inSite {
			dir, args = root, []string{"build"}
		}
		stdout, stderr, code := runMain(t, dir, env, args...)
		if code != 0 {
			t.Fatalf("TZ=%s build: exit %d\n%s%s", b.tz, code, stdout, stderr)
		}
		files := readTree(t, filepath.Join(root, "public"))
		if feed := string(files["tin-tuc/index.xml"]); !strings.Contains(feed, "+0700</pubDate>") {
			t.Errorf("TZ=%s: the feed is not dated in Asia/Ho_Chi_Minh:\n%s", b.tz, feed)
		}
		if i == 0 {
			first = files
			continue
		}
		for p, data := range first {
			if got, ok := files[p]; !ok {
				t.Errorf("TZ=%s: no %s", b.tz, p)
			} else if !bytes.Equal(got, data) {
				t.Errorf("TZ=%s: %s differs from the build with TZ=%s", b.tz, p, builds[0].tz)
			}
		}
		for p := range files {
			if _, ok := first[p]; !ok {
				t.Errorf("TZ=%s: %s was not in the build with TZ=%s", b.tz, p, builds[0].tz)
			}
		}
	}
	if len(first) < 100 {
		t.Errorf("only %d files built", len(first))
	}
}

// buildTree builds the site at root into its folder out and returns what
// was written there.
func buildTree(t *testing.T, root, out string) map[string][]byte {
	t.Helper()
	stdout, stderr, code := runMain(t, root, nil, "build", "-out", out)
	if code != 0 {
		t.Fatalf("build: exit %d\n%s%s", code, stdout, stderr)
	}
	return readTree(t, filepath.Join(root, out))
}

// readTree reads every file under dir, by slash path from dir.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
