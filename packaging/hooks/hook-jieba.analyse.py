# Only if the app ever imports jieba.analyse: its TF-IDF table and stop words.
from PyInstaller.utils.hooks import get_package_paths

_, _jieba = get_package_paths("jieba")
datas = [(f"{_jieba}/analyse/idf.txt", "jieba/analyse")]
