# Bash completion of bloc.                                     -*- shell-script -*-
#
# Installed as share/bash-completion/completions/bloc. What may follow comes from bloc itself:
# `bloc __complete WORD...` prints a first line, "words", "files" or "dirs", then the words that
# complete the last WORD (commands, options, the values of enumerated options, and the ids,
# groups, regions and languages of the dataset given with -d, or of the embedded one).

# The words of the line up to the cursor, into the array _bloc_words, as bloc will read them:
# bash splits "--view=gaps" and "TM:SCO" at COMP_WORDBREAKS; the pieces are joined back where
# no space separates them. Backslashes and an opening quote are dropped.
_bloc_join_words()
{
    local line=${COMP_LINE:0:COMP_POINT} pos=0 end=-1 i token rest before start
    _bloc_words=()
    for ((i = 0; i <= COMP_CWORD; i++)); do
        token=${COMP_WORDS[i]}
        if [[ -z $token ]]; then
            _bloc_words+=("")
            continue
        fi
        rest=${line:pos}
        before=${rest%%"$token"*}
        if [[ $before == "$rest" ]]; then
            # Not on the line as typed (an alias?): a word of its own.
            _bloc_words+=("$token")
            end=-1
            continue
        fi
        start=$((pos + ${#before}))
        if ((i > 0 && start == end)); then
            _bloc_words[-1]+=$token
        else
            _bloc_words+=("$token")
        fi
        pos=$((start + ${#token}))
        end=$pos
    done
    for i in "${!_bloc_words[@]}"; do
        token=${_bloc_words[i]//\\/}
        _bloc_words[i]=${token#[\"\']}
    done
}

_bloc()
{
    local _bloc_words cur out mode head separators word
    local -a lines
    _bloc_join_words
    cur=${_bloc_words[-1]}
    out=$("${COMP_WORDS[0]}" __complete "${_bloc_words[@]:1}" 2>/dev/null) || return 0
    mapfile -t lines <<<"$out"
    mode=${lines[0]}

    # Bash replaces only what follows the last '=' or ':' of the word (COMP_WORDBREAKS).
    separators=
    [[ $COMP_WORDBREAKS == *=* ]] && separators+="="
    [[ $COMP_WORDBREAKS == *:* ]] && separators+=":"
    head=
    [[ -n $separators ]] && head=${cur%"${cur##*[$separators]}"}

    COMPREPLY=()
    case $mode in
    files | dirs)
        compopt -o filenames 2>/dev/null
        local flag=-f
        [[ $mode == dirs ]] && flag=-d
        mapfile -t COMPREPLY < <(compgen $flag -- "${cur#"$head"}")
        ;;
    words)
        for word in "${lines[@]:1}"; do
            word=${word#"$head"}
            # Names with spaces ("Central Asia") are escaped, unless a quote is open.
            if [[ ${COMP_WORDS[COMP_CWORD]} != [\"\']* && $word == *[^[:alnum:],._:/@%+=-]* ]]; then
                printf -v word %q "$word"
            fi
            COMPREPLY+=("$word")
        done
        ;;
    esac
    return 0
}

complete -F _bloc bloc
