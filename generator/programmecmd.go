package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/draft"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/textfile"
)

// readProgramme parses the programme text named on the command line.
func readProgramme(name string, args []string, stderr io.Writer) (*programme.Programme, *flag.FlagSet, error) {
	fl := flag.NewFlagSet(name, flag.ContinueOnError)
	fl.SetOutput(io.Discard) // flagError says it in Vietnamese
	return parseProgrammeArgs(fl, name, args, stderr)
}

func parseProgrammeArgs(fl *flag.FlagSet, name string, args []string, stderr io.Writer) (*programme.Programme, *flag.FlagSet, error) {
	if err := fl.Parse(args); err != nil {
		return nil, nil, flagError(fl, err)
	}
	if fl.NArg() != 1 {
		return nil, nil, usageError(fmt.Sprintf("%s cần đúng một tệp văn bản, ví dụ: go run ./generator %s seeds/chuong-trinh.txt", name, name))
	}
	file := fl.Arg(0)
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, diag.Problem{File: file, Msg: "không đọc được tệp văn bản chương trình; hãy kiểm tra đường dẫn"}
	}
	if src, err = textfile.Decode(filepath.ToSlash(file), src); err != nil {
		return nil, nil, err
	}
	p := programme.Parse(filepath.ToSlash(file), src)
	for _, n := range p.Notices {
		fmt.Fprintf(stderr, "%s: lưu ý: %s\n", file, n)
	}
	return p, fl, nil
}

// inspect prints the parsed programme as JSON (design §8).
func inspect(args []string, stdout, stderr io.Writer) error {
	p, _, err := readProgramme("inspect", args, stderr)
	if err != nil {
		return err
	}
	b, err := p.JSON()
	if err != nil {
		return err
	}
	stdout.Write(b)
	parts := 0
	for _, t := range p.Targets {
		parts += len(t.Parts)
	}
	fmt.Fprintf(stderr, "Đã đọc %d chỉ tiêu, %d chỉ số, %d nhóm nhiệm vụ.\n", len(p.Targets), parts, len(p.Tasks))
	return nil
}

// importDefinitions drafts data/indicators.toml from the programme text. A
// new file is written whole; an existing one only gains the indicators it
// lacks, appended after what staff wrote, and every difference on the
// others is reported, not applied.
func importDefinitions(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("import", flag.ContinueOnError)
	fl.SetOutput(io.Discard) // flagError says it in Vietnamese
	root := fl.String("root", ".", "thư mục gốc của trang (nơi có data/)")
	p, _, err := parseProgrammeArgs(fl, "import", args, stderr)
	if err != nil {
		return err
	}
	drafted := draft.Definitions(p)
	if len(drafted) == 0 {
		return diag.Problem{File: p.File, Msg: "văn bản không có chỉ số nào để nhập; không ghi gì"}
	}
	defsPath := filepath.Join(*root, filepath.FromSlash(indicator.DefinitionsFile))
	var curated []indicator.Definition
	existing, err := os.ReadFile(defsPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		existing = []byte("# Định nghĩa các chỉ số, nháp từ " + p.File + " bằng go run ./generator import.\n# Hãy sửa tên (name), thêm cơ quan phụ trách (agency) và kiểm tra từng giá trị.\n")
	case err != nil:
		return err
	default:
		existing, err = textfile.Decode(indicator.DefinitionsFile, existing)
		if err == nil {
			_, curated, err = indicator.ParseDefinitions(existing)
		}
		if err != nil {
			return fmt.Errorf("%w\n\nHãy sửa %s trước khi nhập thêm; chưa ghi gì", err, indicator.DefinitionsFile)
		}
	}
	res, err := draft.Merge(curated, drafted)
	if err != nil {
		return err
	}
	for _, d := range res.Differences {
		fmt.Fprintln(stdout, "Khác:", d)
	}
	if len(res.Codes) == 0 {
		fmt.Fprintf(stdout, "%s đã có đủ %d chỉ số của văn bản; không thêm gì.\n", indicator.DefinitionsFile, len(drafted))
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(defsPath), 0o755); err != nil {
		return err
	}
	out := append(bytes.TrimRight(existing, "\n"), '\n')
	if err := os.WriteFile(defsPath, append(out, res.Added...), 0o644); err != nil {
		return err
	}
	sort.Strings(res.Codes)
	fmt.Fprintf(stdout, "Đã thêm %d chỉ số vào %s: %v\n", len(res.Codes), indicator.DefinitionsFile, res.Codes)
	for _, code := range res.Codes {
		csv := filepath.Join(*root, "data", code+".csv")
		if _, err := os.Stat(csv); err == nil {
			continue
		}
		if err := os.WriteFile(csv, []byte("year,value,source,source_url,status,note\n"), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Đã tạo data/%s.csv (chưa có số liệu).\n", code)
	}
	return nil
}
