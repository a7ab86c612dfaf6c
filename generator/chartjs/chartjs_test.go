package chartjs

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"testing/fstest"
)

func TestNoRuntime(t *testing.T) {
	_, err := Build(fstest.MapFS{"themes/x/layouts/base.html": {}}, "themes/x", t.TempDir(), nil)
	if !errors.Is(err, ErrNoRuntime) {
		t.Errorf("err = %v, want ErrNoRuntime", err)
	}
}

func TestPinnedVersion(t *testing.T) {
	tests := []struct {
		pkg, want string
		ok        bool
	}{
		{`{"dependencies":{"echarts":"6.1.0"}}`, "6.1.0", true},
		{`{"dependencies":{"echarts":"^6.1.0"}}`, "", false},
		{`{"dependencies":{"echarts":"6.x"}}`, "", false},
		{`{"dependencies":{}}`, "", false},
		{`{`, "", false},
	}
	for _, tt := range tests {
		v, err := pinnedVersion([]byte(tt.pkg))
		if (err == nil) != tt.ok || v != tt.want {
			t.Errorf("pinnedVersion(%s) = %q, %v", tt.pkg, v, err)
		}
	}
}

// TestRepositoryBundle builds the default theme's runtime for real and holds
// it to the budget of issue 5: 600 KB minified, 200 KB gzipped. It needs npm
// (and the network, or a cache) the first time.
func TestRepositoryBundle(t *testing.T) {
	if _, err := exec.LookPath("npm"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("npm is needed in CI to build the chart runtime")
		}
		t.Skip("npm is not installed (apt-get install -y npm); the chart runtime is not built")
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = t.TempDir()
	}
	rt, err := Build(os.DirFS("../.."), "themes/default", cache+"/minhbach", func(s string) { t.Log(s) })
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	w.Write(rt.JS)
	w.Close()
	t.Logf("echarts %s runtime: %d bytes minified, %d gzipped", rt.Version, len(rt.JS), gz.Len())
	if len(rt.JS) > 600_000 || gz.Len() > 200_000 {
		t.Errorf("runtime is %d bytes (%d gzipped), over the 600 KB (200 KB) budget", len(rt.JS), gz.Len())
	}
	if !strings.Contains(string(rt.JS), "var echarts=") {
		t.Error("bundle does not define the echarts global")
	}
}
