package publish

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExchange checks the primitive the swap relies on here: both folders
// exist throughout and trade places. The fallback (two renames) leaves a
// moment without the folder, which a kill can hit; on Linux it must not
// be used.
func TestExchange(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.MkdirAll(a, 0o755)
	os.MkdirAll(b, 0o755)
	os.WriteFile(filepath.Join(a, "x"), []byte("a"), 0o644)
	os.WriteFile(filepath.Join(b, "x"), []byte("b"), 0o644)
	if err := exchange(a, b); err != nil {
		t.Fatalf("exchange: %v (the temporary folder's file system has no RENAME_EXCHANGE?)", err)
	}
	if got, _ := os.ReadFile(filepath.Join(a, "x")); string(got) != "b" {
		t.Errorf("a holds %q after the exchange, want b", got)
	}
	if got, _ := os.ReadFile(filepath.Join(b, "x")); string(got) != "a" {
		t.Errorf("b holds %q after the exchange, want a", got)
	}
}
