//! Reading article files from disk.
//!
//! [`collect_paths`] expands the paths a user gave (files and folders) into the
//! article files to read, in a deterministic order; [`read_input`] reads one of them
//! with its sidecar. This is the only layer of ingestion that touches the disk.
//!
//! Sidecars: `NAME.meta.json` holds metadata overrides for the article file `NAME`
//! (`003.txt.meta.json` for `003.txt`); `STEM.meta.json` is accepted too
//! (`003.meta.json` for `003.txt`). When both exist, `NAME.meta.json` wins. A
//! `*.meta.json` file whose article file exists in the same folder is a sidecar and
//! never an article; one with no article file next to it is treated as an ordinary
//! input, so it is read (and reported if it holds no article) rather than silently
//! ignored.

use std::collections::{HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Files larger than this are refused without being read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

const MIB: u64 = 1024 * 1024;
const SIDECAR_SUFFIX: &str = ".meta.json";

/// One article file's bytes, and its sidecar's when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    /// The path as the user gave it (joined with the names found under a folder).
    pub display: String,
    pub bytes: Vec<u8>,
    /// The content of the file's `NAME.meta.json` (or `STEM.meta.json`).
    pub sidecar: Option<Vec<u8>>,
}

/// Why a path gave no input. `Display` is one short reason, to follow the path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileProblem {
    #[error("not found")]
    NotFound,
    #[error("broken symbolic link")]
    BrokenLink,
    #[error("symbolic link loop")]
    LinkLoop,
    #[error("permission denied")]
    PermissionDenied,
    /// A folder that contains itself through a symbolic link.
    #[error("is a directory loop")]
    DirectoryLoop,
    #[error("is a directory")]
    IsDirectory,
    /// A FIFO, socket or device.
    #[error("not a regular file")]
    NotAFile,
    /// The file's size in bytes.
    #[error("larger than {} MiB ({})", MAX_FILE_BYTES / MIB, mib(*.0))]
    TooLarge(u64),
    /// The file's sidecar exists but cannot be read.
    #[error("sidecar {name}: {problem}")]
    Sidecar {
        name: String,
        problem: Box<FileProblem>,
    },
    /// Any other I/O error, as the OS describes it.
    #[error("{0}")]
    Io(String),
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / MIB as f64)
}

impl FileProblem {
    fn from_io(e: &io::Error) -> FileProblem {
        match e.kind() {
            io::ErrorKind::NotFound => FileProblem::NotFound,
            io::ErrorKind::PermissionDenied => FileProblem::PermissionDenied,
            io::ErrorKind::IsADirectory => FileProblem::IsDirectory,
            _ if is_link_loop(e) => FileProblem::LinkLoop,
            _ => {
                // "Input/output error (os error 5)" -> "input/output error"
                let text = e.to_string();
                let text = match text.rfind(" (os error ") {
                    Some(i) if text.ends_with(')') => &text[..i],
                    _ => &text,
                };
                let mut chars = text.chars();
                let first = chars.next().map(|c| c.to_lowercase().collect::<String>());
                FileProblem::Io(first.unwrap_or_default() + chars.as_str())
            }
        }
    }

    /// Like [`FileProblem::from_io`], but tells a dangling symbolic link from a
    /// missing path.
    fn from_io_at(path: &Path, e: &io::Error) -> FileProblem {
        if e.kind() == io::ErrorKind::NotFound
            && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        {
            return FileProblem::BrokenLink;
        }
        FileProblem::from_io(e)
    }
}

/// ELOOP. (`io::ErrorKind::FilesystemLoop` is not stable yet.)
fn is_link_loop(e: &io::Error) -> bool {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    const ELOOP: Option<i32> = Some(40);
    #[cfg(any(
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd",
        target_os = "dragonfly"
    ))]
    const ELOOP: Option<i32> = Some(62);
    #[cfg(not(any(
        target_os = "linux",
        target_os = "android",
        target_os = "macos",
        target_os = "ios",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd",
        target_os = "dragonfly"
    )))]
    const ELOOP: Option<i32> = None;
    ELOOP.is_some() && e.raw_os_error() == ELOOP
}

/// Expands `inputs` (files or folders) into the article files under them, and the
/// problems met on the way.
///
/// Folders are walked recursively, each level sorted by file name bytes, depth
/// first; hidden entries (name starting with '.') inside folders are skipped, but a
/// path given explicitly is always used. Symbolic links are followed; a link back to
/// a folder being walked is reported as a directory loop, and a folder reached twice
/// is walked once. Sidecars (`*.meta.json` next to their article) are left out. The
/// same path given twice is returned once. A path that doesn't exist is reported and
/// the rest continue.
pub fn collect_paths(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, FileProblem)>) {
    let mut walker = Walker::default();
    for input in inputs {
        walker.input(input);
    }
    (walker.files, walker.problems)
}

#[derive(Default)]
struct Walker {
    files: Vec<PathBuf>,
    problems: Vec<(PathBuf, FileProblem)>,
    seen_files: HashSet<PathBuf>,
    /// Canonical paths of every folder walked.
    seen_dirs: HashSet<PathBuf>,
    /// Canonical paths of the folders being walked, outermost first.
    stack: Vec<PathBuf>,
    /// For sidecars given explicitly: the sidecar keys of each folder's files.
    folder_keys: HashMap<PathBuf, HashSet<Vec<u8>>>,
}

impl Walker {
    fn input(&mut self, path: &Path) {
        match fs::metadata(path) {
            Err(e) => self.problem(path, FileProblem::from_io_at(path, &e)),
            Ok(m) if m.is_dir() => self.dir(path),
            Ok(m) if m.is_file() => {
                if !self.is_paired_sidecar(path) {
                    self.file(path.to_path_buf());
                }
            }
            Ok(_) => self.problem(path, FileProblem::NotAFile),
        }
    }

    /// Whether the file at `path`, given explicitly, is a sidecar with its article
    /// file next to it.
    fn is_paired_sidecar(&mut self, path: &Path) -> bool {
        let Some(owner) = path.file_name().and_then(sidecar_owner) else {
            return false;
        };
        // `003.txt.meta.json` -> `003.txt`: the common case costs one stat.
        let owner_name = path.file_stem().map(Path::new).and_then(Path::file_stem);
        if owner_name
            .is_some_and(|n| fs::metadata(path.with_file_name(n)).is_ok_and(|m| m.is_file()))
        {
            return true;
        }
        // `003.meta.json` -> any `003.*`: list the folder once, however many
        // sidecars in it were given.
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let keys = self
            .folder_keys
            .entry(dir.to_path_buf())
            .or_insert_with(|| {
                let Ok(reader) = fs::read_dir(dir) else {
                    return HashSet::new();
                };
                reader
                    .flatten()
                    .filter(|entry| entry.file_type().is_ok_and(|t| !t.is_dir()))
                    .map(|entry| entry.file_name())
                    .filter(|name| sidecar_owner(name).is_none())
                    .flat_map(|name| sidecar_keys(&name).map(<[u8]>::to_vec).collect::<Vec<_>>())
                    .collect()
            });
        keys.contains(owner)
    }

    fn problem(&mut self, path: &Path, problem: FileProblem) {
        self.problems.push((path.to_path_buf(), problem));
    }

    fn file(&mut self, path: PathBuf) {
        if self.seen_files.insert(path.clone()) {
            self.files.push(path);
        }
    }

    fn dir(&mut self, path: &Path) {
        let canonical = match fs::canonicalize(path) {
            Ok(c) => c,
            Err(e) => return self.problem(path, FileProblem::from_io_at(path, &e)),
        };
        if self.stack.contains(&canonical) {
            return self.problem(path, FileProblem::DirectoryLoop);
        }
        if !self.seen_dirs.insert(canonical.clone()) {
            return;
        }
        let reader = match fs::read_dir(path) {
            Ok(r) => r,
            Err(e) => return self.problem(path, FileProblem::from_io(&e)),
        };
        let mut entries: Vec<(OsString, fs::FileType)> = Vec::new();
        for entry in reader {
            match entry.and_then(|e| Ok((e.file_name(), e.file_type()?))) {
                Ok((name, kind)) if !name.as_encoded_bytes().starts_with(b".") => {
                    entries.push((name, kind));
                }
                Ok(_) => {}
                Err(e) => self.problem(path, FileProblem::from_io(&e)),
            }
        }
        entries.sort_unstable_by(|a, b| a.0.as_encoded_bytes().cmp(b.0.as_encoded_bytes()));

        // Names a sidecar here may belong to: every non-directory that isn't one.
        let owners: HashSet<&[u8]> = entries
            .iter()
            .filter(|(name, kind)| !kind.is_dir() && sidecar_owner(name).is_none())
            .flat_map(|(name, _)| sidecar_keys(name))
            .collect();

        self.stack.push(canonical);
        for (name, kind) in &entries {
            let child = path.join(name);
            let kind = if kind.is_symlink() {
                match fs::metadata(&child) {
                    Ok(m) => m.file_type(),
                    Err(e) => {
                        self.problem(&child, FileProblem::from_io_at(&child, &e));
                        continue;
                    }
                }
            } else {
                *kind
            };
            if kind.is_dir() {
                self.dir(&child);
            } else if kind.is_file() {
                if !sidecar_owner(name).is_some_and(|owner| owners.contains(owner)) {
                    self.file(child);
                }
            } else {
                self.problem(&child, FileProblem::NotAFile);
            }
        }
        self.stack.pop();
    }
}

/// For `X.meta.json`, the bytes of `X`.
fn sidecar_owner(name: &OsStr) -> Option<&[u8]> {
    name.as_encoded_bytes()
        .strip_suffix(SIDECAR_SUFFIX.as_bytes())
        .filter(|owner| !owner.is_empty())
}

/// The `X`s whose `X.meta.json` is a sidecar of the file `name`: the name itself
/// and its stem (`003.txt` -> `003.txt`, `003`).
fn sidecar_keys(name: &OsStr) -> impl Iterator<Item = &[u8]> {
    let stem = Path::new(name)
        .file_stem()
        .filter(|stem| stem.len() < name.len())
        .map(OsStr::as_encoded_bytes);
    std::iter::once(name.as_encoded_bytes()).chain(stem)
}

/// The sidecar of the article file at `path`, if one exists.
pub fn sidecar_path(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    if sidecar_owner(name).is_some() {
        return None;
    }
    let stem = Path::new(name).file_stem().filter(|s| s.len() < name.len());
    [Some(name), stem]
        .into_iter()
        .flatten()
        .map(|base| {
            let mut sidecar = base.to_os_string();
            sidecar.push(SIDECAR_SUFFIX);
            path.with_file_name(sidecar)
        })
        .find(|candidate| fs::metadata(candidate).is_ok_and(|m| m.is_file()))
}

/// Reads one article file and its sidecar. Files over [`MAX_FILE_BYTES`] are refused
/// unread; so are folders, FIFOs, sockets and devices.
pub fn read_input(path: &Path) -> Result<InputFile, FileProblem> {
    let bytes = read_limited(path)?;
    let sidecar = match sidecar_path(path) {
        Some(side) => Some(read_limited(&side).map_err(|problem| {
            FileProblem::Sidecar {
                name: side
                    .file_name()
                    .map_or_else(|| side.to_string_lossy(), |n| n.to_string_lossy())
                    .into_owned(),
                problem: Box::new(problem),
            }
        })?),
        None => None,
    };
    Ok(InputFile {
        path: path.to_path_buf(),
        display: path.to_string_lossy().into_owned(),
        bytes,
        sidecar,
    })
}

fn read_limited(path: &Path) -> Result<Vec<u8>, FileProblem> {
    // Checked before opening: opening a FIFO would block.
    let meta = fs::metadata(path).map_err(|e| FileProblem::from_io_at(path, &e))?;
    if meta.is_dir() {
        return Err(FileProblem::IsDirectory);
    }
    if !meta.is_file() {
        return Err(FileProblem::NotAFile);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge(meta.len()));
    }
    let file = fs::File::open(path).map_err(|e| FileProblem::from_io_at(path, &e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FileProblem::from_io(&e))?;
    // It grew while we read it.
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, rel: &str, content: &str) -> PathBuf {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, content).unwrap();
        path
    }

    /// Collected paths relative to `root`, as strings.
    fn rel(root: &Path, paths: &[PathBuf]) -> Vec<String> {
        paths
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn folders_are_walked_recursively_in_name_order() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        for name in [
            "b.txt",
            "a/2.txt",
            "a/10.txt",
            "a/sub/z.md",
            "B.txt",
            "c/deep/er/x.json",
            "a.txt",
        ] {
            write(root, name, "text");
        }
        fs::create_dir(root.join("empty")).unwrap();
        let (files, problems) = collect_paths(&[root.to_path_buf()]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            rel(root, &files),
            [
                "B.txt",
                "a/10.txt",
                "a/2.txt",
                "a/sub/z.md",
                "a.txt",
                "b.txt",
                "c/deep/er/x.json"
            ]
        );
        // Same again: deterministic.
        assert_eq!(collect_paths(&[root.to_path_buf()]).0, files);
    }

    #[test]
    fn paths_keep_the_form_the_user_gave() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "in/x.txt", "text");
        let given = tmp.path().join("in").join(".").join("..").join("in");
        let (files, _) = collect_paths(std::slice::from_ref(&given));
        assert_eq!(files, [given.join("x.txt")]);
        let input = read_input(&files[0]).unwrap();
        assert_eq!(input.display, given.join("x.txt").to_string_lossy());
        assert_eq!(input.bytes, b"text");
    }

    #[test]
    fn inputs_keep_their_order_and_duplicates_are_dropped() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let z = write(root, "z.txt", "z");
        let a = write(root, "d/a.txt", "a");
        let (files, problems) = collect_paths(&[z.clone(), root.join("d"), a.clone(), z.clone()]);
        assert!(problems.is_empty());
        assert_eq!(files, [z, a]);
    }

    #[test]
    fn hidden_files_and_folders_are_skipped_unless_given() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(root, "visible.txt", "v");
        write(root, ".hidden.txt", "h");
        write(root, ".git/objects/x.txt", "g");
        write(root, "sub/.DS_Store", "d");
        write(root, "sub/ok.txt", "o");
        let (files, _) = collect_paths(&[root.to_path_buf()]);
        assert_eq!(rel(root, &files), ["sub/ok.txt", "visible.txt"]);

        let (files, _) = collect_paths(&[root.join(".hidden.txt"), root.join(".git")]);
        assert_eq!(rel(root, &files), [".hidden.txt", ".git/objects/x.txt"]);
    }

    #[test]
    fn sidecars_are_paired_and_not_articles() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(root, "003.txt", "article three");
        write(root, "003.txt.meta.json", r#"{"title": "long form"}"#);
        write(root, "004.md", "article four");
        write(root, "004.meta.json", r#"{"title": "stem form"}"#);
        write(root, "005.txt", "article five");
        write(root, "orphan.meta.json", r#"{"title": "nobody's"}"#);
        let (files, problems) = collect_paths(&[root.to_path_buf()]);
        assert!(problems.is_empty());
        assert_eq!(
            rel(root, &files),
            ["003.txt", "004.md", "005.txt", "orphan.meta.json"]
        );

        let three = read_input(&root.join("003.txt")).unwrap();
        assert_eq!(
            three.sidecar.as_deref(),
            Some(&br#"{"title": "long form"}"#[..])
        );
        let four = read_input(&root.join("004.md")).unwrap();
        assert_eq!(
            four.sidecar.as_deref(),
            Some(&br#"{"title": "stem form"}"#[..])
        );
        assert_eq!(read_input(&root.join("005.txt")).unwrap().sidecar, None);
        assert_eq!(
            read_input(&root.join("orphan.meta.json")).unwrap().sidecar,
            None
        );

        // Given explicitly (as a shell glob would), sidecars are still left out.
        let all: Vec<PathBuf> = fs::read_dir(root)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        let (mut files, _) = collect_paths(&all);
        files.sort();
        assert_eq!(
            rel(root, &files),
            ["003.txt", "004.md", "005.txt", "orphan.meta.json"]
        );
    }

    #[test]
    fn the_full_name_sidecar_wins_over_the_stem_one() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(root, "007.txt", "article");
        write(root, "007.meta.json", "stem");
        write(root, "007.txt.meta.json", "full");
        let input = read_input(&root.join("007.txt")).unwrap();
        assert_eq!(input.sidecar.as_deref(), Some(&b"full"[..]));
        let (files, _) = collect_paths(&[root.to_path_buf()]);
        assert_eq!(rel(root, &files), ["007.txt"]);
    }

    #[test]
    fn a_missing_path_is_reported_and_the_rest_continue() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let a = write(root, "a.txt", "a");
        let missing = root.join("nope");
        let (files, problems) = collect_paths(&[missing.clone(), a.clone()]);
        assert_eq!(files, [a]);
        assert_eq!(problems, [(missing.clone(), FileProblem::NotFound)]);
        assert_eq!(problems[0].1.to_string(), "not found");
        assert_eq!(read_input(&missing), Err(FileProblem::NotFound));
    }

    #[test]
    fn size_limit() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let big = root.join("big.txt");
        fs::File::create(&big)
            .unwrap()
            .set_len(MAX_FILE_BYTES + 1)
            .unwrap();
        let problem = read_input(&big).unwrap_err();
        assert_eq!(problem, FileProblem::TooLarge(MAX_FILE_BYTES + 1));
        assert_eq!(problem.to_string(), "larger than 64 MiB (64.0 MiB)");
        assert_eq!(
            FileProblem::TooLarge(80 * MIB + MIB / 2).to_string(),
            "larger than 64 MiB (80.5 MiB)"
        );

        // Exactly at the limit is fine (sparse, so nothing much is written).
        let edge = root.join("edge.txt");
        fs::File::create(&edge)
            .unwrap()
            .set_len(MAX_FILE_BYTES)
            .unwrap();
        assert_eq!(
            read_input(&edge).unwrap().bytes.len() as u64,
            MAX_FILE_BYTES
        );

        // The walk still lists the big file; reading it is what fails.
        let (files, _) = collect_paths(&[root.to_path_buf()]);
        assert_eq!(rel(root, &files), ["big.txt", "edge.txt"]);
    }

    #[test]
    fn an_unreadable_sidecar_is_a_problem_of_its_file() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let article = write(root, "a.txt", "article");
        let side = root.join("a.txt.meta.json");
        fs::File::create(&side)
            .unwrap()
            .set_len(MAX_FILE_BYTES + 1)
            .unwrap();
        let problem = read_input(&article).unwrap_err();
        assert_eq!(
            problem.to_string(),
            "sidecar a.txt.meta.json: larger than 64 MiB (64.0 MiB)"
        );
    }

    #[test]
    fn folders_are_not_read_as_files() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(read_input(tmp.path()), Err(FileProblem::IsDirectory));
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_followed_without_looping() {
        use std::os::unix::fs::symlink;
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        write(root, "corpus/a.txt", "a");
        write(root, "other/b.txt", "b");
        symlink(root.join("corpus"), root.join("corpus/loop")).unwrap();
        symlink(root.join("other"), root.join("corpus/linked")).unwrap();
        symlink(root.join("other/b.txt"), root.join("corpus/b-link.txt")).unwrap();
        symlink(root.join("nowhere"), root.join("corpus/dangling.txt")).unwrap();
        symlink(root.join("corpus/self"), root.join("corpus/self")).unwrap();

        let (files, problems) = collect_paths(&[root.join("corpus"), root.join("other")]);
        assert_eq!(
            rel(root, &files),
            ["corpus/a.txt", "corpus/b-link.txt", "corpus/linked/b.txt"]
        );
        let problems: Vec<(String, String)> = problems
            .iter()
            .map(|(p, why)| {
                (
                    rel(root, std::slice::from_ref(p))[0].clone(),
                    why.to_string(),
                )
            })
            .collect();
        assert_eq!(
            problems,
            [
                (
                    "corpus/dangling.txt".to_string(),
                    "broken symbolic link".to_string()
                ),
                ("corpus/loop".to_string(), "is a directory loop".to_string()),
                ("corpus/self".to_string(), "symbolic link loop".to_string()),
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn fifos_are_reported_not_read() {
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo here
        }
        assert_eq!(read_input(&fifo), Err(FileProblem::NotAFile));
        let (files, problems) = collect_paths(&[tmp.path().to_path_buf()]);
        assert!(files.is_empty());
        assert_eq!(problems, [(fifo, FileProblem::NotAFile)]);
    }

    #[test]
    fn io_messages_lose_the_os_error_number() {
        let e = io::Error::from_raw_os_error(5);
        let FileProblem::Io(text) = FileProblem::from_io(&e) else {
            panic!("EIO is not a special case");
        };
        assert!(!text.contains("os error"), "{text}");
        assert!(text.starts_with(|c: char| !c.is_uppercase()), "{text}");
    }
}
