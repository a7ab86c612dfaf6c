package publish

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestMain lets the test binary act as a build that TestKilledBuilds kills.
func TestMain(m *testing.M) {
	if out := os.Getenv("PUBLISH_TEST_OUT"); out != "" {
		err := Write(version(os.Getenv("PUBLISH_TEST_VERSION"), killFiles), out, Options{Site: os.Getenv("PUBLISH_TEST_SITE")})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

const killFiles = 400

// TestKilledBuilds kills 100 builds at random moments while another
// goroutine watches the output folder. After every kill the folder holds
// one whole site, old or new; it never disappears; and the next build
// leaves no staging folder behind.
func TestKilledBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 100 builds; skipped with -short")
	}
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	versions := map[string]string{sum(version("a", killFiles)): "a", sum(version("b", killFiles)): "b"}
	if err := Write(version("a", killFiles), out, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	helper := func(v string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "PUBLISH_TEST_OUT="+out, "PUBLISH_TEST_VERSION="+v, "PUBLISH_TEST_SITE="+site)
		return cmd
	}
	start := time.Now()
	if b, err := helper("b").CombinedOutput(); err != nil {
		t.Fatalf("a whole build: %v\n%s", err, b)
	}
	whole := time.Since(start)

	var missing atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := os.Stat(out); err != nil {
				missing.Add(1)
			}
			time.Sleep(100 * time.Microsecond)
		}
	}()

	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 0))
	current, changed := "b", 0
	for i := 0; i < 100; i++ {
		next := map[string]string{"a": "b", "b": "a"}[current]
		cmd := helper(next)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(whole * 3 / 2))))
		cmd.Process.Kill()
		cmd.Wait()
		if _, err := os.Stat(out); err != nil {
			t.Fatalf("kill %d (seed %d): %v", i, seed, err)
		}
		got, ok := versions[tree(out)]
		if !ok {
			t.Fatalf("kill %d (seed %d): the folder holds neither whole site", i, seed)
		}
		if got != current {
			changed++
		}
		current = got
	}
	close(stop)
	wg.Wait()
	if n := missing.Load(); n > 0 {
		t.Errorf("the output folder was missing %d times", n)
	}
	if err := Write(version("a", killFiles), out, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	if left := staging(t, site); len(left) > 0 {
		t.Errorf("staging folders left after the next build: %v", left)
	}
	t.Logf("100 kills within %v of a %v build (seed %d): %d finished first, %d were stopped", whole*3/2, whole, seed, changed, 100-changed)
}
