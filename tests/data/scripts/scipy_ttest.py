# data: scores.tsv
import pandas as pd
from scipy import stats

scores = pd.read_csv("scores.tsv", sep="\t")
maths = scores.loc[scores["subject"] == "maths", "score"]
physics = scores.loc[scores["subject"] == "physics", "score"]
result = stats.ttest_ind(maths, physics, equal_var=False)
with open("ttest.txt", "w") as f:
    f.write(f"t={result.statistic:.3f} p={result.pvalue:.3f}\n")
print(open("ttest.txt").read().strip())
