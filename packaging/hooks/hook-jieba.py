# Replaces pyinstaller-hooks-contrib's hook, which collects every data file of jieba (about 30 MB:
# the paddle model, the TF-IDF table, pickled copies of the HMM tables). At run time jieba reads only
# dict.txt; its HMM and part-of-speech tables are Python modules, collected as code.
from PyInstaller.utils.hooks import get_package_paths

_, _jieba = get_package_paths("jieba")
datas = [(f"{_jieba}/dict.txt", "jieba")]
# Paddle mode (jieba.enable_paddle) is never used.
excludedimports = ["jieba.lac_small", "paddle"]
