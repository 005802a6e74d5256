# data: scores.tsv
import pandas as pd

scores = pd.read_csv("scores.tsv", sep="\t")
ranking = scores.sort_values(["subject", "score"], ascending=[True, False])
ranking.to_csv("ranking.tsv", sep="\t", index=False)
print(ranking.groupby("subject")["score"].max())
