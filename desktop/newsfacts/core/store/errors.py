"""What can go wrong with the review database, said so the editor knows what to do.

Every error is a ``NewsFactsError``: the UI shows ``message_zh`` (or ``message_en``) and goes on.
A decision that could not be written is never dropped: the store keeps it in ``pending`` and
writes it with the next decision or ``flush()``; the messages say so.
"""

from __future__ import annotations

from ..errors import NewsFactsError


class StoreError(NewsFactsError):
    """The review database cannot do what was asked."""


class DataDirNotWritable(StoreError):
    def __init__(self, folder: str, why: str) -> None:
        self.folder = folder
        super().__init__(
            f"无法在数据文件夹“{folder}”中保存核稿记录：{why}。请检查文件夹权限，或在设置中另选数据文件夹。",
            f"Cannot save reviews in the data folder “{folder}”: {why}. Check its permissions or choose another"
            " data folder in Settings.",
        )


class DatabaseLocked(StoreError):
    def __init__(self, path: str, kept: int = 0) -> None:
        self.path = path
        kept_zh = f"刚才的 {kept} 个决定暂存在本窗口中，数据库可用时自动写入；请勿关闭本窗口。" if kept else ""
        kept_en = f" The last {kept} decision(s) are kept in this window and written when the database is free." if kept else ""
        super().__init__(
            f"核稿数据库正被另一个核稿助手窗口使用（“{path}”）。请关闭另一个窗口后重试。{kept_zh}",
            f"The review database is in use by another NewsFacts window (“{path}”). Close the other window and try"
            f" again.{kept_en}",
        )


class DiskFull(StoreError):
    def __init__(self, path: str, kept: int = 0) -> None:
        self.path = path
        kept_zh = f"刚才的 {kept} 个决定没有写入磁盘，暂存在本窗口中；腾出空间后会自动写入。" if kept else ""
        kept_en = f" The last {kept} decision(s) were not written; they are kept and written once there is space." if kept else ""
        super().__init__(
            f"磁盘已满，无法写入核稿数据库“{path}”。请清理磁盘空间。{kept_zh}",
            f"The disk is full: cannot write the review database “{path}”. Free some disk space.{kept_en}",
        )


class DatabaseRecovered(StoreError):
    """Not raised: the notice a store carries after it set a damaged database aside."""

    def __init__(self, path: str, moved_to: str) -> None:
        self.path = path
        self.moved_to = moved_to
        super().__init__(
            f"核稿数据库已损坏，已另存为“{moved_to}”，并新建了一个空数据库。以前的核稿记录可能需要从导出的核稿文件中导入。",
            f"The review database was damaged. It was kept as “{moved_to}” and a new, empty one was started."
            " Earlier reviews may be imported from exported review files.",
        )


class DatabaseTooNew(StoreError):
    def __init__(self, path: str, version: int, supported: int) -> None:
        super().__init__(
            f"核稿数据库“{path}”由更新版本的核稿助手创建（版本 {version}，本程序支持到 {supported}）。请升级核稿助手。",
            f"The review database “{path}” was made by a newer NewsFacts (schema {version}, this one knows up to"
            f" {supported}). Please upgrade NewsFacts.",
        )


class TransferFileError(StoreError):
    """A review or memory file that cannot be imported or exported."""

    def __init__(self, name: str, why_zh: str, why_en: str | None = None) -> None:
        self.name = name
        super().__init__(f"无法处理文件“{name}”：{why_zh}", f"Cannot use the file “{name}”: {why_en or why_zh}")
